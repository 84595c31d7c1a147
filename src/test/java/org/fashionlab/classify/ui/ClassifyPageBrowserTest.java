package org.fashionlab.classify.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.fashionlab.BrowserJourney;
import org.fashionlab.TestAccounts;
import org.fashionlab.classify.ClassifyService;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A student drops a product photo on the Classify page and reads every model's answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClassifyPageBrowserTest extends BrowserJourney {

  /** Rows of the predictions table with an item. */
  /** Rows of the table: the grid's item count (it renders only the rows in view). */
  private static final String ROWS = "return document.getElementById('prediction-table').size;";

  @Autowired RunService runs;
  @Autowired TrainingQueue queue;
  @Autowired ClassifyService classify;

  @Test
  void uploadingAPhotoShowsEachPreprocessingStepOneRowPerModelAndChartsForTickedModels()
      throws Exception {
    for (int i = 0; i < 2; i++) {
      RegistryFixtures.awaitDone(
          runs,
          queue
              .submit(
                  RegistryFixtures.quickMlp(1_000, 1),
                  TestAccounts.STUDENT.ensure(context).username)
              .id());
    }
    TestAccounts.signInAs(context, TestAccounts.STUDENT.username); // models() are the viewer's
    // Study trials (other tests' studies) stay out of the page's choice unless asked for.
    int models = (int) classify.models().stream().filter(r -> r.studyId() == null).count();
    assertThat(models).isGreaterThanOrEqualTo(2);

    Path photo = Files.createTempFile("sneaker", ".png");
    ImageIO.write(org.fashionlab.classify.TestPhotos.sneaker(), "png", photo.toFile());

    open("/classify");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(d -> !d.findElements(By.id("photo-upload")).isEmpty());
    WebElement input =
        driver
            .findElement(By.id("photo-upload"))
            .getShadowRoot()
            .findElement(By.cssSelector("input[type=file]"));
    input.sendKeys(photo.toAbsolutePath().toString());

    wait.until(d -> d.findElements(By.cssSelector("#preprocessing-steps .fl-step")).size() == 6);
    wait.until(d -> !d.findElement(By.id("agreement")).getText().isBlank());
    // One row per model in the table; bar charts only for the models ticked.
    wait.until(d -> ((Number) js(ROWS)).intValue() == models);
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
    wait.until(
        d ->
            d.findElements(By.cssSelector("#model-predictions .fl-prediction-card")).size()
                == ticked);
    assertThat(driver.findElements(By.cssSelector("#model-predictions fl-chart"))).hasSize(ticked);
    assertThat(driver.findElement(By.id("agreement")).getText())
        .containsAnyOf("All", "disagree", "says");
    assertThat(driver.findElements(By.cssSelector("#preprocessing-steps img")))
        .allSatisfy(img -> assertThat(img.getAttribute("src")).startsWith("data:image/png"));
    wait.until(d -> d.findElement(By.id("upload-history")).getText().contains("PNG"));
    // Every model's answer is readable in the history: the predictions cell wraps, never cut off.
    Object cut =
        js(
            "return [...document.querySelectorAll('#upload-history vaadin-grid-cell-content')]"
                + ".filter(c => c.textContent.includes('%'))"
                + ".filter(c => c.scrollWidth > c.clientWidth + 1).length");
    assertThat(((Number) cut).intValue()).isZero();
    screenshot("classify-01-result");
  }
}
