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
import org.fashionlab.base.ui.RConsole;
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
  void allTenOneHotVectorsAreShownWithTheFirstImageOfEachClass() {
    List<Div> rows = byId(Div.class, "one-hot").getChildren().map(Div.class::cast).toList();
    assertThat(rows).hasSize(1 + 10); // the header, then one row per class
    for (int label = 0; label < 10; label++) {
      int first = 0;
      while (datasets.label(Split.TRAIN, first) != label) {
        first++;
      }
      List<Span> cells = _find(rows.get(1 + label), Span.class);
      assertThat(cells.get(0).getText())
          .isEqualTo(
              "#" + (first + 1) + " · label " + label + " · " + FashionClass.of(label).label());
      String[] expected = new String[10];
      java.util.Arrays.fill(expected, "0");
      expected[label] = "1";
      assertThat(cells.subList(1, 11).stream().map(Span::getText)).containsExactly(expected);
    }
  }

  @Test
  void theRShapesAreThoseRPrintsForThisDataset() {
    String transcript = byId(RConsole.class, "r-shapes-console").transcript();
    int train = datasets.size(Split.TRAIN);
    int test = datasets.size(Split.TEST);
    assertThat(train).isEqualTo(60_000);
    assertThat(transcript)
        .contains("> dim(x_train)   # images, rows, columns\n[1] " + train + "    28    28\n")
        .contains("> class(x_train)   # three dimensions\n[1] \"array\"\n")
        .contains("> dim(x_test)\n[1] " + test + "    28    28\n")
        .contains("> dim(x_train[1, , ])   # one image\n[1] 28 28\n")
        .contains("> class(x_train[1, , ])   # two dimensions\n[1] \"matrix\" \"array\"\n")
        .contains("> dim(y_train)   # one row per image\n[1] " + train + "    10\n")
        .contains("[1] " + train + "   784\n")
        .contains("[1] " + train + "    28    28     1");
    // The sheet prints x_train[1, 20, 15] as 65: the same files, the same grey value.
    int pixel = datasets.pixels(Split.TRAIN, 0)[19 * 28 + 14];
    assertThat(transcript)
        .contains("> x_train[1, 20, 15]   # image 1, row 20, column 15\n[1] " + pixel + "\n");
    assertThat(pixel).isEqualTo(65);
    // y_train[1:2, ]: the sheet's rows are Ankle boot (label 9) and T-shirt/top (label 0)
    assertThat(transcript)
        .contains(
            """
                 [,1] [,2] [,3] [,4] [,5] [,6] [,7] [,8] [,9] [,10]
            [1,]    0    0    0    0    0    0    0    0    0     1
            [2,]    1    0    0    0    0    0    0    0    0     0""");
    assertThat(byId(Div.class, "r-shapes").getElement().getTextRecursively())
        .contains("60,000 × 28 × 28 = 47,040,000 grey values");
  }
}
