package org.fashionlab.dataset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.KaribuPages.byId;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.stream.IntStream;
import org.fashionlab.KaribuPages;
import org.fashionlab.base.ui.EChart;
import org.fashionlab.base.ui.ImageTile;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The Data page without a browser: paging, filtering, pixel values and label encoding. */
@SpringBootTest(properties = "fashionlab.dataset.work-dir=target/fashion-mnist")
class DataViewTest {

  @Autowired private ApplicationContext context;
  @Autowired private DatasetService datasets;

  @BeforeEach
  void openDataPage() {
    KaribuPages.open(context, DataView.class, "data");
  }

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  private static List<ImageTile> tiles() {
    return _find(byId(Div.class, "image-grid"), ImageTile.class);
  }

  @Test
  void theSummaryGivesTheCourseCounts() {
    assertThat(byId(Span.class, "training-count").getText()).isEqualTo("60,000");
    assertThat(byId(Span.class, "test-count").getText()).isEqualTo("10,000");
    assertThat(byId(Span.class, "image-shape").getText()).startsWith("28 x 28 pixels, 1 channel");
  }

  @Test
  void theGridPagesFromTheFirstToTheLastTwentyFiveTrainingImages() {
    ImageBrowser browser = _get(ImageBrowser.class);
    assertThat(browser.shownIndices()).containsExactly(IntStream.range(0, 25).toArray());
    assertThat(tiles()).hasSize(25);
    assertThat(tiles().get(0).caption()).isEqualTo("Ankle boot");

    _click(byId(Button.class, "next-page"));
    assertThat(browser.shownIndices()).startsWith(25, 26);
    assertThat(byId(IntegerField.class, "page").getValue()).isEqualTo(2);

    _click(byId(Button.class, "last-page"));
    assertThat(browser.shownIndices()).containsExactly(IntStream.range(59_975, 60_000).toArray());
    assertThat(byId(IntegerField.class, "page").getValue()).isEqualTo(2400);
    assertThat(byId(Span.class, "image-range").getText())
        .startsWith("Showing 59,976–60,000 of 60,000");
    for (int i = 0; i < 25; i++) {
      int label = datasets.label(Split.TRAIN, 59_975 + i);
      assertThat(tiles().get(i).caption()).isEqualTo(FashionClass.of(label).label());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void theClassFilterShowsOnlyThatClassInEitherSet() {
    _setValue(byId(Select.class, "class-filter"), FashionClass.SANDAL);
    assertThat(tiles()).hasSize(25).allMatch(t -> t.caption().equals("Sandal"));
    assertThat(byId(Span.class, "image-range").getText()).contains("of 6,000");

    _setValue(byId(RadioButtonGroup.class, "browse-split"), Split.TEST);
    assertThat(byId(Span.class, "image-range").getText()).contains("of 1,000");
    _click(byId(Button.class, "last-page"));
    int[] shown = _get(ImageBrowser.class).shownIndices();
    assertThat(shown).hasSize(25);
    for (int index : shown) {
      assertThat(datasets.label(Split.TEST, index)).isEqualTo(FashionClass.SANDAL.ordinal());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void thePixelViewAgreesWithTheCourseIndexing() {
    // R: x_train[1, 20, 15] is 65; 0-based that is image 0, row 19, column 14.
    assertThat(_get(PixelInspector.class).readoutText())
        .startsWith("x_train[1, 20, 15] = 65 ")
        .contains("[0][19][14]")
        .contains("flat entry 546");
    JsonNode cell = heatmapCell(19, 14);
    assertThat(cell.get(0).asInt()).isEqualTo(14);
    assertThat(cell.get(1).asInt()).isEqualTo(19);
    assertThat(cell.get(2).asInt()).isEqualTo(65);

    _setValue(byId(RadioButtonGroup.class, "pixel-scale"), PixelInspector.SCALED);
    assertThat(heatmapCell(19, 14).get(2).asDouble()).isEqualTo(0.25);
    assertThat(_get(PixelInspector.class).readoutText()).startsWith("x_train[1, 20, 15] = 0.25 ");
  }

  private static JsonNode heatmapCell(int row, int column) {
    EChart chart = byId(EChart.class, "pixel-heatmap");
    return chart.option().get("series").get(0).get("data").get(row * 28 + column).get("value");
  }

  @Test
  void clickingAnImageOpensItLargeAndLeadsToItsPixels() {
    _click(byId(Button.class, "last-page"));
    _click(tiles().get(24));
    assertThat(_get(LargeImageDialog.class).getHeaderTitle())
        .isEqualTo(
            "Training image #60,000: "
                + FashionClass.of(datasets.label(Split.TRAIN, 59_999)).label());

    _click(byId(Button.class, "show-pixels"));

    assertThat(byId(IntegerField.class, "pixel-image").getValue()).isEqualTo(60_000);
    int[] pixels = datasets.pixels(Split.TRAIN, 59_999);
    assertThat(_get(PixelInspector.class).readoutText())
        .startsWith("x_train[60000, 20, 15] = " + pixels[19 * 28 + 14] + " ");
  }

  @Test
  void theOneHotRowsMatchTheCourse() {
    // R: y_train[1:2,] is 0 0 0 0 0 0 0 0 0 1 and 1 0 0 0 0 0 0 0 0 0.
    List<Span> first = _find(byId(Div.class, "one-hot"), Span.class).subList(12, 23);
    assertThat(first.get(0).getText()).isEqualTo("y_train[1] = 9 · Ankle boot");
    assertThat(first.subList(1, 11).stream().map(Span::getText))
        .containsExactly("0", "0", "0", "0", "0", "0", "0", "0", "0", "1");
  }
}
