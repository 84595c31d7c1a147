package org.fashionlab.learn.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.fashionlab.base.ui.ConfusionMatrixChart;
import org.fashionlab.base.ui.ImageTile;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;
import org.fashionlab.learn.ConfusionExplorer;
import org.fashionlab.learn.ConfusionExplorer.ConfusedPair;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunSummary;

/** A run's confusion matrix; a click on a cell shows its test images; the most confused pairs. */
final class MisclassificationPanel extends Composite<Div> {

  static final int GALLERY_LIMIT = 100;
  private static final int PAIRS = 5;

  private final RunAccess runs;
  private final DatasetService datasets;
  private final ConfusionExplorer explorer;
  private final Select<RunSummary> run = RunChoice.create("confusion-run", "Run");
  private final ConfusionMatrixChart matrix = new ConfusionMatrixChart(FashionClass.labels());
  private final Div pairs = new Div();
  private final Span galleryTitle = new Span();
  private final Div gallery = new Div();
  private RunDetails details;

  MisclassificationPanel(RunAccess runs, DatasetService datasets, ConfusionExplorer explorer) {
    this.runs = runs;
    this.datasets = datasets;
    this.explorer = explorer;
    pairs.setId("confused-pairs");
    galleryTitle.setId("gallery-title");
    gallery.setId("misclassified-gallery");
    gallery.addClassName("fl-image-grid");
    matrix.addCellClickListener(this::showCell);
    run.addValueChangeListener(e -> load(e.getValue()));
    Div shown = new Div(run, matrix, new H4("Most confused pairs"), pairs, galleryTitle, gallery);
    getContent().setId("misclassifications");
    getContent()
        .add(
            new H3("Misclassifications"),
            new Paragraph(
                "Rows are the true classes, columns the predicted ones; the diagonal holds the"
                    + " right answers. Click any cell to see its test images."),
            shown);
    if (RunChoice.fill(run, runs, r -> true).isEmpty()) {
      shown.setVisible(false);
      Paragraph hint =
          new Paragraph("No finished run yet: train a model to see its mistakes here.");
      hint.addClassName("fl-hint");
      getContent().add(hint);
    }
  }

  private void load(RunSummary summary) {
    pairs.removeAll();
    gallery.removeAll();
    galleryTitle.setText("");
    details = summary == null ? null : runs.details(summary.id()).orElse(null);
    boolean shown =
        details != null && details.confusion() != null && details.testPredictions() != null;
    matrix.setVisible(shown);
    if (!shown) {
      if (details != null && details.summary().isTestLocked()) {
        galleryTitle.setText(details.summary().testLockReason());
      }
      return;
    }
    matrix.show(details.confusion());
    for (ConfusedPair pair : ConfusionExplorer.mostConfused(details.confusion(), PAIRS)) {
      pairs.add(createPairButton(pair));
    }
  }

  private Button createPairButton(ConfusedPair pair) {
    String a = FashionClass.of(pair.a()).label();
    String b = FashionClass.of(pair.b()).label();
    Button button =
        new Button(
            "%s ↔ %s: %d (%s as %s %d, %s as %s %d)"
                .formatted(a, b, pair.total(), a, b, pair.aAsB(), b, a, pair.bAsA()),
            e -> {
              if (pair.aAsB() >= pair.bAsA()) {
                showCell(pair.a(), pair.b());
              } else {
                showCell(pair.b(), pair.a());
              }
            });
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  /** Shows the test images of class {@code trueLabel} predicted as {@code predicted}. */
  void showCell(int trueLabel, int predicted) {
    if (details == null) {
      return;
    }
    int[] images = explorer.images(details.testPredictions(), trueLabel, predicted);
    String t = FashionClass.of(trueLabel).label();
    String p = FashionClass.of(predicted).label();
    galleryTitle.setText(
        "%,d test images of class %s predicted as %s%s"
            .formatted(
                images.length,
                t,
                p,
                images.length > GALLERY_LIMIT ? " (the first " + GALLERY_LIMIT + " shown)" : ""));
    gallery.removeAll();
    for (int i = 0; i < Math.min(GALLERY_LIMIT, images.length); i++) {
      int index = images[i];
      gallery.add(
          new ImageTile(
              datasets.pixels(Split.TEST, index), p + " (" + t + ")", "test #" + (index + 1)));
    }
  }
}
