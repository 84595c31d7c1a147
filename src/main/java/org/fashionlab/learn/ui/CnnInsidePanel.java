package org.fashionlab.learn.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.fashionlab.base.ui.ErrorNotifier;
import org.fashionlab.base.ui.HeatmapImage;
import org.fashionlab.base.ui.PixelImage;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.FirstLayerInspector;
import org.fashionlab.training.FirstLayerMaps;

/** A trained CNN's first-layer filters and the feature maps they make of one test image. */
final class CnnInsidePanel extends Composite<Div> {

  private final RunAccess runs;
  private final DatasetService datasets;
  private final FirstLayerInspector inspector;
  private final Select<RunSummary> run = RunChoice.create("cnn-run", "Trained CNN");
  private final IntegerField image = new IntegerField("Test image #");
  private final Div picture = new Div();
  private final Div filters = mapRow("cnn-filters");
  private final Div featureMaps = mapRow("cnn-feature-maps");
  private final Div pooledMaps = mapRow("cnn-pooled-maps");
  private final Paragraph steps = new Paragraph();

  CnnInsidePanel(RunAccess runs, DatasetService datasets, FirstLayerInspector inspector) {
    this.runs = runs;
    this.datasets = datasets;
    this.inspector = inspector;
    configureImage();
    run.addValueChangeListener(e -> update());
    HorizontalLayout bar = new HorizontalLayout(run, image, picture);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
    Div inside =
        new Div(
            bar,
            steps,
            new H4("First-layer filters"),
            filters,
            new H4("Feature maps (after the activation)"),
            featureMaps,
            new H4("Pooled maps"),
            pooledMaps);
    getContent().setId("cnn-inside");
    getContent()
        .add(
            new H3("Inside a trained CNN"),
            new Paragraph(
                "A convolution slides each small filter over the image and writes, at every"
                    + " position, the weighted sum of the pixels under it (plus a bias) into a"
                    + " feature map: bright where the image looks like the filter. Pooling then"
                    + " keeps the largest (or mean) value of each 2 x 2 window, halving the size."
                    + " Filters: red positive, blue negative weights. Maps: dark is high."),
            inside);
    if (RunChoice.fill(run, runs, r -> "CNN".equals(r.kind()) && runs.canPredict(r.id()))
        .isEmpty()) {
      inside.setVisible(false);
      Paragraph hint =
          new Paragraph(
              "No trained CNN yet: train the Course CNN preset on the Train page to see its"
                  + " filters and feature maps here.");
      hint.setId("cnn-inside-hint");
      hint.addClassName("fl-hint");
      getContent().add(hint);
    }
  }

  private void configureImage() {
    image.setId("cnn-image");
    image.setMin(1);
    image.setMax(datasets.size(Split.TEST));
    image.setValue(1);
    image.setStepButtonsVisible(true);
    image.setWidth("9em");
    image.addValueChangeListener(e -> update());
  }

  private static Div mapRow(String id) {
    Div row = new Div();
    row.setId(id);
    row.addClassName("fl-map-row");
    return row;
  }

  private void update() {
    filters.removeAll();
    featureMaps.removeAll();
    pooledMaps.removeAll();
    picture.removeAll();
    Integer number = image.getValue();
    if (run.getValue() == null || number == null || number < 1 || number > image.getMax()) {
      return;
    }
    int[] pixels = datasets.pixels(Split.TEST, number - 1);
    picture.add(new PixelImage(pixels, 2, "test image " + number));
    try {
      show(inspector.inspect(run.getValue().id(), pixels));
    } catch (RuntimeException e) {
      ErrorNotifier.show(e.getMessage());
    }
  }

  private void show(FirstLayerMaps maps) {
    steps.setText("Layers applied: " + String.join(" → ", maps.steps()));
    int filterScale = Math.max(4, 36 / maps.kernel());
    addAll(filters, maps.filters(), true, filterScale);
    addAll(featureMaps, maps.featureMaps(), false, 2);
    addAll(pooledMaps, maps.pooledMaps(), false, 3);
  }

  private static void addAll(Div row, List<float[]> maps, boolean diverging, int scale) {
    for (int i = 0; i < maps.size(); i++) {
      Div figure = new Div(new HeatmapImage(maps.get(i), diverging, scale, "map " + (i + 1)));
      figure.add(new Span(Integer.toString(i + 1)));
      figure.addClassName("fl-map");
      row.add(figure);
    }
  }

  /** The number of filters shown, for tests. */
  int filterCount() {
    return filters.getComponentCount();
  }
}
