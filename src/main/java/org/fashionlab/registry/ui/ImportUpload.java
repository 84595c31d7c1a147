package org.fashionlab.registry.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.registry.ImportRefusedException;
import org.fashionlab.registry.RunArchive;
import org.fashionlab.registry.RunSummary;

/** Imports a model archive (zip) as a new finished run; a refusal is shown with its reason. */
final class ImportUpload extends Composite<Upload> {

  private final RunArchive archive;
  private final String owner;
  private final Runnable onImported;

  ImportUpload(RunArchive archive, String owner, Runnable onImported) {
    this.archive = archive;
    this.owner = owner;
    this.onImported = onImported;
    Upload upload = getContent();
    upload.setUploadHandler(UploadHandler.inMemory(this::receive));
    upload.setId("import-upload");
    upload.setAcceptedFileTypes(".zip", "application/zip");
    upload.setMaxFiles(1);
    upload.setDropLabel(new com.vaadin.flow.component.html.Span("or drop a model zip"));
    upload.setUploadButton(new Button("Import model…", VaadinIcon.UPLOAD.create()));
  }

  private void receive(UploadMetadata meta, byte[] bytes) throws IOException {
    try {
      RunSummary run = archive.importArchive(new ByteArrayInputStream(bytes), owner);
      Notification done =
          Notification.show("Imported \"" + run.name() + "\" from " + meta.fileName() + ".");
      done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      onImported.run();
    } catch (ImportRefusedException e) {
      ErrorNotifier.show(meta.fileName() + " was not imported: " + e.getMessage());
    } finally {
      getContent().clearFileList();
    }
  }
}
