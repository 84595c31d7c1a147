package org.fashionlab.classify.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.fashionlab.BrowserJourney;
import org.fashionlab.TestAccounts;
import org.fashionlab.classify.ClassifyService;
import org.fashionlab.classify.ProductPhotos;
import org.fashionlab.dataset.SharedDatasets;
import org.fashionlab.dataset.Split;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A student drops a product photo on the Classify page and reads every model's answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassifyPageBrowserTest extends BrowserJourney {

  /** Rows of the table: the grid's item count (it renders only the rows in view). */
  private static final String ROWS = "return document.getElementById('prediction-table').size;";

  @Autowired RunService runs;
  @Autowired TrainingQueue queue;
  @Autowired ClassifyService classify;

  /**
   * Installed before the page's own scripts: every push message's text, in order of arrival, from
   * the moment {@code window.__flRecord} is set.
   */
  private static final String RECORD_PUSH =
      """
      (() => {
        window.__flFrames = [];
        const Native = window.WebSocket;
        window.WebSocket = class extends Native {
          constructor(...args) {
            super(...args);
            this.addEventListener('message', (e) => {
              if (window.__flRecord) window.__flFrames.push(String(e.data));
            });
          }
        };
      })();
      """;

  /** The history grid's rows in order, each as its cells' texts. */
  private static final String HISTORY_ROWS =
      """
      const grid = document.getElementById('upload-history');
      return [...grid.shadowRoot.querySelectorAll('#items tr')]
        .filter((tr) => !tr.hidden && tr.index !== undefined && tr.index < grid.size)
        .sort((a, b) => a.index - b.index)
        .map((tr) => [...tr.querySelectorAll('td')].map((td) =>
          td.querySelector('slot')?.assignedElements()[0]?.textContent.trim() ?? ''));
      """;

  /** Every step picture has come and could be drawn. */
  private static final String PICTURES_LOADED =
      """
      const images = [...document.querySelectorAll('#preprocessing-steps img')];
      return images.length === 6 && images.every((img) => img.complete && img.naturalWidth > 0);
      """;

  private static <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition);
  }

  /** Two trained models of the student, and the student signed in for the service's checks. */
  private int models() {
    String student = TestAccounts.STUDENT.ensure(context).username;
    TestAccounts.signInAs(context, student); // models() are the viewer's
    // Study trials (other tests' studies) stay out of the page's choice unless asked for.
    while (classify.models().stream().filter(r -> r.studyId() == null).count() < 2) {
      RegistryFixtures.awaitDone(
          runs, queue.submit(RegistryFixtures.quickMlp(1_000, 1), student).id());
    }
    return (int) classify.models().stream().filter(r -> r.studyId() == null).count();
  }

  private static Path photo(String name, int scale) throws Exception {
    Path photo = Files.createTempFile(name, ".png");
    BufferedImage sneaker =
        ProductPhotos.render(SharedDatasets.get().pixels(Split.TEST, 9), scale, 40);
    ImageIO.write(sneaker, "png", photo.toFile());
    return photo;
  }

  private void openClassify() {
    open("/classify");
    until(d -> !d.findElements(By.id("upload-history")).isEmpty());
  }

  private static void upload(Path photo) {
    WebElement input =
        driver
            .findElement(By.id("photo-upload"))
            .getShadowRoot()
            .findElement(By.cssSelector("input[type=file]"));
    input.sendKeys(photo.toAbsolutePath().toString());
  }

  @SuppressWarnings("unchecked")
  private static List<List<String>> historyRows() {
    return (List<List<String>>) js(HISTORY_ROWS);
  }

  @Test
  void uploadingAPhotoShowsEachPreprocessingStepOneRowPerModelAndChartsForTickedModels()
      throws Exception {
    int models = models();
    Path photo = photo("sneaker", 10);

    openClassify();
    upload(photo);

    until(d -> d.findElements(By.cssSelector("#preprocessing-steps .fl-step")).size() == 6);
    until(d -> !d.findElement(By.id("agreement")).getText().isBlank());
    // One row per model in the table; bar charts only for the models ticked.
    until(d -> ((Number) js(ROWS)).intValue() == models);
    assertThat(driver.findElements(By.cssSelector("#model-predictions .fl-prediction-card")))
        .isEmpty();
    // Tick every row in view (all of them when few models; the first screenful otherwise).
    int ticked =
        ((Number)
                js(
                    "const grid = document.getElementById('prediction-table');"
                        + "const boxes = [...grid.shadowRoot.querySelectorAll('#items tr')]"
                        + "  .filter((tr) => !tr.hidden && tr.index !== undefined"
                        + "    && tr.index < grid.size)"
                        + "  .map((tr) => tr.querySelector('td slot')?.assignedElements()[0]"
                        + "    ?.querySelector('vaadin-checkbox'))"
                        + "  .filter((box) => box);"
                        + "boxes.forEach((box) => box.click());"
                        + "return boxes.length;"))
            .intValue();
    assertThat(ticked).isBetween(2, models);
    until(
        d ->
            d.findElements(By.cssSelector("#model-predictions .fl-prediction-card")).size()
                == ticked);
    assertThat(driver.findElements(By.cssSelector("#model-predictions fl-chart"))).hasSize(ticked);
    assertThat(driver.findElement(By.id("agreement")).getText())
        .containsAnyOf("All", "disagree", "says");
    // The pictures are downloads of their own, not data inside the page's update.
    until(d -> Boolean.TRUE.equals(js(PICTURES_LOADED)));
    assertThat(driver.findElements(By.cssSelector("#preprocessing-steps img")))
        .allSatisfy(img -> assertThat(img.getAttribute("src")).doesNotStartWith("data:"));
    until(d -> d.findElement(By.id("upload-history")).getText().contains("PNG"));
    // Every model's answer is readable in the history: the predictions cell wraps, never cut off.
    Object cut =
        js(
            "return [...document.querySelectorAll('#upload-history vaadin-grid-cell-content')]"
                + ".filter(c => c.textContent.includes('%'))"
                + ".filter(c => c.scrollWidth > c.clientWidth + 1).length");
    assertThat(((Number) cut).intValue()).isZero();
    screenshot("classify-01-result");
  }

  @Test
  void theAnswersArriveInAPushOfTheirOwnWithoutTheStepPicturesAndTheHistory() throws Exception {
    models();
    Path photo = photo("sneaker-first", 10);
    driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_PUSH));
    openClassify();
    js("window.__flRecord = true;");

    upload(photo);

    until(d -> Boolean.TRUE.equals(js(PICTURES_LOADED)));
    until(d -> historyRows().stream().anyMatch(row -> String.join(" ", row).contains("PNG")));
    String agreement = driver.findElement(By.id("agreement")).getText();
    @SuppressWarnings("unchecked")
    List<String> frames = (List<String>) js("return window.__flFrames;");
    int answers = firstWith(frames, agreement);
    assertThat(answers).as("the push with the agreement").isNotNegative();
    // Nothing but the answers in theirs: no picture data, no step tiles, no history rows (they
    // come once the browser has drawn the answers, in the answer to its own request).
    assertThat(frames.get(answers)).doesNotContain("data:image", "fl-step", "PNG, 360x360");
    screenshot("classify-02-answers-first");
  }

  @Test
  void theHistoryShowsEachUploadNewestFirstAndDeletesTheOneAsked() throws Exception {
    models();
    Path smaller = photo("sneaker-small", 8); // 304 x 304: the File column tells them apart
    Path larger = photo("sneaker-large", 12); // 416 x 416
    openClassify();
    int before = historyRows().size();

    upload(smaller);
    until(d -> historyRows().size() == Math.min(50, before + 1));
    openClassify(); // the upload takes one file at a time
    upload(larger);
    until(d -> historyRows().stream().anyMatch(row -> String.join(" ", row).contains("416x416")));

    List<List<String>> rows = historyRows();
    assertThat(String.join(" ", rows.get(0))).contains("416x416");
    assertThat(String.join(" ", rows.get(1))).contains("304x304");

    js(
        "const grid = document.getElementById('upload-history');"
            + "const first = [...grid.shadowRoot.querySelectorAll('#items tr')]"
            + "  .find((tr) => !tr.hidden && tr.index === 0);"
            + "[...first.querySelectorAll('td')].pop().querySelector('slot')"
            + "  .assignedElements()[0].querySelector('vaadin-button').click();");

    until(d -> historyRows().size() == rows.size() - 1);
    assertThat(String.join(" ", historyRows().get(0))).contains("304x304");
    // The page agrees with the store: a fresh page shows the same.
    openClassify();
    until(d -> historyRows().size() == rows.size() - 1);
    assertThat(String.join(" ", historyRows().get(0))).contains("304x304");
  }

  private static int firstWith(List<String> frames, String text) {
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i).contains(text)) {
        return i;
      }
    }
    return -1;
  }
}
