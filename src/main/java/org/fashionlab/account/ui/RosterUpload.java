package org.fashionlab.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.fashionlab.account.Classes;
import org.fashionlab.account.RosterRefusedException;

/**
 * A roster CSV (username, display name per line) becomes student accounts with generated passwords,
 * shown once; a file with bad lines is refused whole, each bad line listed.
 */
final class RosterUpload extends Composite<Div> {

  /** A roster of 500 students is far below this; anything larger is not a roster. */
  static final int MAX_BYTES = 256 * 1024;

  private final Classes classes;
  private final UUID teacherId;
  private final Runnable onChange;
  private final Upload upload = new Upload(UploadHandler.inMemory(this::receive));
  private final UnorderedList problems = new UnorderedList();
  private UUID classId;

  RosterUpload(Classes classes, UUID teacherId, Runnable onChange) {
    this.classes = classes;
    this.teacherId = teacherId;
    this.onChange = onChange;
    upload.setId("roster-upload");
    upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(MAX_BYTES);
    problems.setId("roster-problems");
    problems.addClassName("fl-error-text");
    getContent()
        .add(
            new Paragraph(
                "One student per line: username,display name (a header line is optional). Each"
                    + " gets a generated password that you see once."),
            upload,
            problems);
  }

  void show(UUID classId) {
    this.classId = classId;
  }

  private void receive(UploadMetadata meta, byte[] bytes) {
    problems.removeAll();
    try {
      var issued =
          classes.importRoster(teacherId, classId, new String(bytes, StandardCharsets.UTF_8));
      new IssuedPasswordsDialog(issued.size() + " students added", issued).open();
      onChange.run();
    } catch (RosterRefusedException e) {
      show(e.problems());
    } finally {
      upload.clearFileList();
    }
  }

  private void show(List<String> lines) {
    problems.add(new ListItem("Nothing was imported:"));
    lines.forEach(line -> problems.add(new ListItem(line)));
  }
}
