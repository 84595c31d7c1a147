package org.fashionlab.classify.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.base.ui.ScopeChoice;
import org.fashionlab.classify.Classification;
import org.fashionlab.classify.ClassifyService;
import org.fashionlab.classify.ImageRefusedException;
import org.fashionlab.classify.UploadRecord;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.security.CurrentUser;

/** Upload a photo of a clothing item and see what every trained model predicts. */
@PermitAll
@Route(value = "classify", layout = MainLayout.class)
@PageTitle("Classify · Fashion Lab")
@Menu(order = 4, icon = "vaadin:camera", title = "Classify")
class ClassifyView extends Div {

  private final ClassifyService classify;
  private final Upload upload;
  private final String owner;
  private final MultiSelectComboBox<RunSummary> models = new MultiSelectComboBox<>("Models");
  private final StepStrip steps = new StepStrip();
  private final Paragraph agreement = new Paragraph();
  private final Checkbox showTrials = new Checkbox("Show study trials");
  private final PredictionTable predictions = new PredictionTable();
  private final UploadHistory history;
  private final ScopeChoice historyScope;

  /** The upload whose answers are on the page (its id only: the answer holds its pictures). */
  private UUID shownUpload;

  ClassifyView(ClassifyService classify, CurrentUser currentUser) {
    this.classify = classify;
    this.owner = currentUser.username();
    this.historyScope = new ScopeChoice("upload-scope", true, s -> refreshHistory());
    // Uploads are never shared: only a teacher has a second choice (their classes' uploads).
    historyScope.setVisible(currentUser.require().isTeacher());
    this.upload = new Upload(UploadHandler.inMemory((meta, bytes) -> classify(bytes)));
    this.history = new UploadHistory(this::delete);
    addClassName("fl-classify-view");
    configureUpload();
    configureChoices();
    agreement.setId("agreement");
    agreement.addClassName("fl-agreement");
    add(
        new H2("Classify a photo"),
        new Paragraph(
            "Photograph a clothing item on a plain background, or drop a product photo here. Fashion Lab"
                + " turns it into a 28 x 28 grey image like Fashion-MNIST and asks every trained model."),
        new Div(models, showTrials),
        upload,
        agreement,
        predictions,
        steps,
        new H3("Earlier uploads"),
        historyScope,
        history);
    refreshHistory();
  }

  private void configureUpload() {
    upload.setId("photo-upload");
    upload.setAcceptedFileTypes(
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/bmp",
        "image/webp",
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".bmp",
        ".webp");
    upload.setMaxFileSize((int) classify.limits().maxUploadBytes());
    upload.setDropAllowed(true);
    upload.addFileRejectedListener(e -> ErrorNotifier.show(e.getErrorMessage()));
  }

  private void configureChoices() {
    showTrials.setId("show-trials");
    showTrials.addValueChangeListener(e -> showChoices());
    showChoices();
    models.setItemLabelGenerator(r -> r.name() + " (" + r.architecture() + ")");
    models.setPlaceholder("all trained models");
    models.setWidth("28em");
  }

  /** The models to choose from; before the first photo, the empty table if any can answer. */
  private void showChoices() {
    List<RunSummary> choices = choices();
    models.setItems(choices);
    if (shownUpload == null) {
      predictions.awaitPhoto(!choices.isEmpty());
    }
  }

  /** The models to choose from: a study's trials only when asked for (a study trains dozens). */
  private List<RunSummary> choices() {
    return classify.models().stream()
        .filter(r -> showTrials.getValue() || r.studyId() == null)
        .toList();
  }

  /**
   * Runs in the upload request, holding the session (UploadHandler.inMemory's callback is a
   * UI.access): the answers go out in the push when it ends, the step pictures and the history once
   * the browser has drawn them.
   */
  private void classify(byte[] bytes) {
    Classification result;
    try {
      List<UUID> chosen =
          (models.getSelectedItems().isEmpty() ? choices() : models.getSelectedItems())
              .stream().map(RunSummary::id).toList();
      result = classify.classify(bytes, owner, chosen);
    } catch (ImageRefusedException | IllegalArgumentException | NotYoursException e) {
      ErrorNotifier.show(e.getMessage());
      return;
    }
    showAnswers(result);
    // The rest once the browser has drawn the answers: on 2 cores, encoding the pictures and
    // filling the history meanwhile slowed the drawing (about 50 ms at p50).
    getElement()
        .executeJs("return new Promise((drawn) => requestAnimationFrame(() => setTimeout(drawn)));")
        .then(drawn -> showTheRest(result), failed -> showTheRest(result));
  }

  private void showTheRest(Classification result) {
    if (!Objects.equals(result.uploadId(), shownUpload)) {
      return; // a later photo's answers are on the page: its own rest follows
    }
    steps.show(result.steps());
    refreshHistory();
  }

  private void showAnswers(Classification result) {
    shownUpload = result.uploadId();
    result.notes().forEach(Notification::show);
    steps.clear(); // the photo before's pictures must not stand beside these answers
    agreement.setText(result.agreement());
    predictions.show(result);
  }

  private void delete(UploadRecord record) {
    classify.delete(record.id());
    Notification.show("Upload deleted");
    refreshHistory();
  }

  private void refreshHistory() {
    history.show(classify.history(historyScope.scope()));
  }
}
