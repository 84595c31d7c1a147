package org.fashionlab.dataset.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;

/**
 * One image as a 28x28 heatmap with the grey value in each cell, raw or scaled, indexed 1-based
 * like the course's R code.
 */
final class PixelInspector extends Composite<Div> {

  static final String RAW = "Raw 0..255";
  static final String SCALED = "Scaled 0..1 (x / 255)";
  private static final int SIDE = DatasetService.IMAGE_SIDE;

  private final DatasetService datasets;
  private final RadioButtonGroup<Split> split = SplitChoice.create("pixel-split");
  private final IntegerField image = positionField("pixel-image", "Image #", 1);
  private final IntegerField row = positionField("pixel-row", "Row", 20);
  private final IntegerField column = positionField("pixel-column", "Column", 15);
  private final RadioButtonGroup<String> scale = new RadioButtonGroup<>("Values");
  private final Span readout = new Span();
  private final EChart heatmap = new EChart();
  private int[] pixels = new int[SIDE * SIDE];

  PixelInspector(DatasetService datasets) {
    this.datasets = datasets;
    configureFields();
    heatmap.setId("pixel-heatmap");
    heatmap.setHeight("720px");
    heatmap.setMaxWidth("760px");
    heatmap.addChartClickListener(e -> selectCell(e.dataIndex() / SIDE, e.dataIndex() % SIDE));
    readout.setId("pixel-readout");
    readout.addClassName("fl-readout");
    getContent().setId("pixel-view");
    getContent().add(new H3("Pixels of one image"), createToolbar(), createExplanation(), readout);
    getContent().add(heatmap);
    load();
  }

  private static IntegerField positionField(String id, String label, int value) {
    IntegerField field = new IntegerField(label);
    field.setId(id);
    field.setMin(1);
    field.setValue(value);
    field.setStepButtonsVisible(true);
    field.setWidth("8em");
    return field;
  }

  private void configureFields() {
    image.setMax(datasets.size(Split.TRAIN));
    row.setMax(SIDE);
    column.setMax(SIDE);
    scale.setId("pixel-scale");
    scale.setItems(RAW, SCALED);
    scale.setValue(RAW);
    split.addValueChangeListener(e -> load());
    image.addValueChangeListener(e -> load());
    row.addValueChangeListener(e -> updateReadout());
    column.addValueChangeListener(e -> updateReadout());
    scale.addValueChangeListener(e -> draw());
  }

  private HorizontalLayout createToolbar() {
    HorizontalLayout bar = new HorizontalLayout(split, image, scale, row, column);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);
    return bar;
  }

  private static Paragraph createExplanation() {
    return new Paragraph(
        "Positions here count from 1, as in R: image #1, row 20, column 15 is x_train[1, 20, 15]."
            + " Java and Python count from 0, so the same pixel is image index 0, row 19,"
            + " column 14, and entry 19 * 28 + 14 = 546 of the flattened 784 values. Rows run"
            + " top to bottom, columns left to right. Click a cell to read it.");
  }

  /** Shows an image given by its 0-based index. */
  void show(Split imageSplit, int index) {
    split.setValue(imageSplit);
    image.setValue(index + 1);
    load();
    getContent().scrollIntoView();
  }

  private void load() {
    Split current = split.getValue();
    int size = datasets.size(current);
    image.setMax(size);
    Integer number = image.getValue();
    if (number == null || number < 1 || number > size) {
      image.setValue(Math.max(1, Math.min(size, number == null ? 1 : number)));
      return;
    }
    pixels = datasets.pixels(current, number - 1);
    draw();
  }

  private void selectCell(int rowIndex, int columnIndex) {
    row.setValue(rowIndex + 1);
    column.setValue(columnIndex + 1);
  }

  private void draw() {
    heatmap.setOption(PixelHeatmap.option(pixels, isScaled()));
    updateReadout();
  }

  private boolean isScaled() {
    return SCALED.equals(scale.getValue());
  }

  private void updateReadout() {
    Integer r = row.getValue();
    Integer c = column.getValue();
    if (r == null || c == null || r < 1 || c < 1 || r > SIDE || c > SIDE) {
      readout.setText("Row and column run from 1 to " + SIDE + ".");
      return;
    }
    int value = pixels[(r - 1) * SIDE + (c - 1)];
    String shown = isScaled() ? PixelHeatmap.scaled(value) : Integer.toString(value);
    readout.setText(
        "%s[%d, %d, %d] = %s   (0-based: [%d][%d][%d], flat entry %d)"
            .formatted(
                SplitChoice.rName(split.getValue()),
                image.getValue(),
                r,
                c,
                shown,
                image.getValue() - 1,
                r - 1,
                c - 1,
                (r - 1) * SIDE + (c - 1)));
  }

  /** The readout line, for tests. */
  String readoutText() {
    return readout.getText();
  }
}
