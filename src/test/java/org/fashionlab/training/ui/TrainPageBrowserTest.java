package org.fashionlab.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fashionlab.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One student journey in Debian's Chromium: configure the course MLP on a small subset, train it,
 * watch the curves grow and read the test results. Screenshots go to target/screenshots/.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "fashionlab.dataset.work-dir=target/fashion-mnist")
class TrainPageBrowserTest extends BrowserJourney {

  @Test
  void studentTrainsTheCourseMlpAndReadsItsResults() throws IOException {
    open("/train");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preset")));

    choosePreset("3-layer MLP");
    wait.until(d -> text("total-parameters").contains("242,762"));
    choosePreset("Course MLP");
    type("training-limit", "2000");
    type("epochs", "2");
    type("batch-size", "4");
    // Typing scrolled the form down; the network summary must be on screen to be read.
    scrollTo("total-parameters", "center");
    wait.until(d -> text("total-parameters").contains("101,770"));
    screenshot("01-configured");

    scrollTo("start", "center");
    driver.findElement(By.id("start")).click();
    List<Map<String, Object>> seen = watchTraining();
    screenshot("02-trained");

    assertThat(seen)
        .as("the batch-loss chart gains points while the job is still training")
        .anySatisfy(
            s -> {
              assertThat(s.get("status").toString()).startsWith("Training on 2,000 images");
              assertThat(((Number) s.get("points")).intValue()).isPositive();
            });
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(d -> text("test-accuracy").endsWith("%"));
    double accuracy = Double.parseDouble(text("test-accuracy").replace("%", ""));
    assertThat(accuracy).isBetween(50.0, 100.0);
    assertThat(chartPoints("confusion-matrix")).isEqualTo(100);
    assertThat(chartPoints("epoch-loss-chart")).isEqualTo(2);
    assertThat(driver.findElements(By.cssSelector("#prediction-grid img"))).hasSize(25);
    scrollTo("confusion-matrix");
    screenshot("03-results");
    scrollTo("prediction-grid");
    screenshot("04-predictions");

    // Coming back later shows the finished job, drawn from its snapshot.
    driver.navigate().refresh();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> text("test-accuracy").equals(String.format("%.2f%%", accuracy)));
    assertThat(chartPoints("batch-loss-chart")).isPositive();
  }

  @Test
  void aNetworkOverTheComputeBudgetIsExplainedAndCannotStart() {
    open("/train");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compute-budget")));
    choosePreset("Course CNN");
    wait.until(d -> text("compute-budget").startsWith("Compute budget: 693,962 parameters"));
    scrollTo("compute-budget", "center");
    screenshot("05-budget");

    scrollTo("preset", "center");
    choosePreset("Course MLP");
    wait.until(d -> text("compute-budget").startsWith("Compute budget: 101,770 parameters"));
    type("dense-layer-1", "4096");
    for (int layer = 2; layer <= 8; layer++) {
      scrollTo("add-layer", "center");
      driver.findElement(By.id("add-layer")).click();
      int number = layer;
      wait.until(d -> !d.findElements(By.id("dense-layer-" + number)).isEmpty());
      type("dense-layer-" + layer, "4096");
    }
    // All eight layers typed in: 121 million parameters (earlier figures show while typing).
    wait.until(d -> text("compute-budget").contains("121 million parameters (limit 25 million)"));
    assertThat(text("compute-budget")).contains("needs about 3.2 GB while training (limit 2 GB)");
    assertThat(driver.findElement(By.id("start")).getAttribute("disabled")).isNotNull();
    scrollTo("compute-budget", "center");
    screenshot("06-over-budget");
  }

  /** Polls the page until the job ends: status text and batch-loss points at each look. */
  private List<Map<String, Object>> watchTraining() {
    List<Map<String, Object>> seen = new ArrayList<>();
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      @SuppressWarnings("unchecked")
      Map<String, Object> look =
          (Map<String, Object>)
              js(
                  "const s = document.getElementById('job-status');"
                      + "const c = document.getElementById('batch-loss-chart');"
                      + "return {status: s ? s.textContent : '',"
                      + " points: c && c.pointCount ? c.pointCount(0) : 0};");
      seen.add(look);
      String status = look.get("status").toString();
      if (status.startsWith("Training on")
          && ((Number) look.get("points")).intValue() > 0
          && seen.stream().noneMatch(s -> "shot".equals(s.get("shot")))) {
        screenshot("02-training");
        seen.add(Map.of("status", "", "points", 0, "shot", "shot"));
      }
      if (status.startsWith("Finished") || status.startsWith("Failed")) {
        break;
      }
      sleep(100);
    }
    return seen;
  }

  private void choosePreset(String name) {
    driver.findElement(By.id("preset")).click();
    WebElement item =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.xpath(
                        "//vaadin-select-item[@role='option' and normalize-space()='"
                            + name
                            + "']")));
    item.click();
  }

  private long chartPoints(String id) {
    return (Long) js("return document.getElementById(arguments[0]).pointCount(0);", id);
  }
}
