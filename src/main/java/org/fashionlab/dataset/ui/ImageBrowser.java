package org.fashionlab.dataset.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.BiConsumer;
import org.fashionlab.base.ui.ImageTile;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.DatasetStatistics;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;

/** 25 images at a time with their class names: first, last or any page, filtered by class. */
final class ImageBrowser extends Composite<Div> {

  static final int PAGE = 25;

  private final DatasetService datasets;
  private final DatasetStatistics statistics;
  private final BiConsumer<Split, Integer> showPixels;
  private final RadioButtonGroup<Split> split = SplitChoice.create("browse-split");
  private final Select<FashionClass> classFilter = new Select<>();
  private final IntegerField page = new IntegerField("Page");
  private final Span range = new Span();
  private final Div grid = new Div();
  private int[] indices = new int[0];
  private int start;

  ImageBrowser(
      DatasetService datasets,
      DatasetStatistics statistics,
      BiConsumer<Split, Integer> showPixels) {
    this.datasets = datasets;
    this.statistics = statistics;
    this.showPixels = showPixels;
    configureFields();
    grid.setId("image-grid");
    grid.addClassName("fl-image-grid");
    range.setId("image-range");
    getContent().setId("images");
    getContent().add(new H3("Images"), createToolbar(), range, grid);
    reload();
  }

  private void configureFields() {
    classFilter.setId("class-filter");
    classFilter.setLabel("Class");
    classFilter.setItems(FashionClass.values());
    classFilter.setItemLabelGenerator(c -> c == null ? "All classes" : c.label());
    classFilter.setEmptySelectionAllowed(true);
    classFilter.setEmptySelectionCaption("All classes");
    page.setId("page");
    page.setStepButtonsVisible(true);
    page.setMin(1);
    page.setWidth("9em");
    split.addValueChangeListener(e -> reload());
    classFilter.addValueChangeListener(e -> reload());
    page.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            showFrom((e.getValue() - 1) * PAGE);
          }
        });
  }

  private HorizontalLayout createToolbar() {
    HorizontalLayout bar =
        new HorizontalLayout(
            split,
            classFilter,
            button("first-page", "First 25", () -> showFrom(0)),
            button("previous-page", "Previous", () -> showFrom(start - PAGE)),
            page,
            button("next-page", "Next", () -> showFrom(start + PAGE)),
            button("last-page", "Last 25", () -> showFrom(indices.length - PAGE)));
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);
    return bar;
  }

  private static Button button(String id, String text, Runnable action) {
    Button button = new Button(text, e -> action.run());
    button.setId(id);
    return button;
  }

  private void reload() {
    FashionClass filter = classFilter.getValue();
    indices = statistics.indices(split.getValue(), filter == null ? -1 : filter.ordinal());
    showFrom(0);
  }

  /** Shows the 25 images from position {@code from} of the filtered list. */
  private void showFrom(int from) {
    start = Math.max(0, Math.min(from, indices.length - PAGE));
    int end = Math.min(indices.length, start + PAGE);
    page.setMax(Math.max(1, (indices.length + PAGE - 1) / PAGE));
    page.setValue(start / PAGE + 1);
    range.setText(rangeText(end));
    grid.removeAll();
    Split current = split.getValue();
    for (int i = start; i < end; i++) {
      int index = indices[i];
      String name = FashionClass.of(datasets.label(current, index)).label();
      ImageTile tile = new ImageTile(datasets.pixels(current, index), name, "#" + (index + 1));
      tile.addClickListener(e -> openLarge(current, index));
      grid.add(tile);
    }
  }

  private String rangeText(int end) {
    if (indices.length == 0) {
      return "No images.";
    }
    String set = SplitChoice.rName(split.getValue());
    return "Showing %,d–%,d of %,d. Numbers under the images are R's 1-based positions: #n is %s[n, , ] in R and index n − 1 in Java or Python."
        .formatted(start + 1, end, indices.length, set);
  }

  private void openLarge(Split imageSplit, int index) {
    new LargeImageDialog(datasets, imageSplit, index, () -> showPixels.accept(imageSplit, index))
        .open();
  }

  /** Positions 0-based of the shown images in the dataset, for tests. */
  int[] shownIndices() {
    int end = Math.min(indices.length, start + PAGE);
    return java.util.Arrays.copyOfRange(indices, start, end);
  }
}
