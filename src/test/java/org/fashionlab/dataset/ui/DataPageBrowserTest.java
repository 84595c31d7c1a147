package org.fashionlab.dataset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.fashionlab.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A student in Debian's Chromium opens the Data page, pages to the last 25 training images, opens
 * one large and reads its pixels. Screenshots go to target/screenshots/.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "fashionlab.dataset.work-dir=target/fashion-mnist")
class DataPageBrowserTest extends BrowserJourney {

  @Test
  void studentPagesToTheLastTrainingImagesAndReadsThePixels() {
    open("/data");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("image-grid")));
    wait.until(d -> images("#image-grid img").size() == 25);
    screenshot("data-01-first");

    scrollTo("images");
    driver.findElement(By.id("last-page")).click();
    wait.until(d -> text("image-range").startsWith("Showing 59,976–60,000 of 60,000"));
    assertThat(images("#image-grid img")).hasSize(25);
    assertThat(driver.findElement(By.id("image-grid")).getText()).contains("#60000");
    scrollTo("image-grid");
    screenshot("data-02-last-25");

    List<WebElement> tiles = driver.findElements(By.cssSelector("#image-grid .fl-tile"));
    tiles.get(tiles.size() - 1).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("show-pixels")));
    screenshot("data-03-large");
    driver.findElement(By.id("show-pixels")).click();
    wait.until(d -> text("pixel-readout").startsWith("x_train[60000, 20, 15] = "));
    sleepForCharts();
    scrollTo("pixel-view");
    screenshot("data-04-pixels");

    driver.findElement(By.id("pixel-image")).findElement(By.tagName("input")).clear();
    js(
        "const f = document.getElementById('pixel-image'); f.value = '1';"
            + " f.dispatchEvent(new Event('change', {bubbles: true}));");
    wait.until(d -> text("pixel-readout").startsWith("x_train[1, 20, 15] = 65 "));
    sleepForCharts();
    scrollTo("pixel-heatmap");
    screenshot("data-05-pixels-image-1");
    assertThat((Long) js("return document.getElementById('pixel-heatmap').pointCount(0);"))
        .isEqualTo(784);

    scrollTo("class-distribution");
    sleepForCharts();
    screenshot("data-06-classes");
    scrollTo("one-hot");
    screenshot("data-07-one-hot");
  }

  @Test
  void studentReadsTheLearnPage() {
    open("/learn");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activation-chart")));
    wait.until(d -> text("softmax-output").startsWith("softmax(z) = (0.659, 0.242, 0.099)"));
    sleepForCharts();
    screenshot("learn-01-activations");
    scrollTo("mlp-diagram");
    screenshot("learn-02-mlp");
    scrollTo("backprop-example");
    screenshot("learn-03-backprop");
    assertThat(text("backprop-w11")).startsWith("w11");
    scrollTo("cnn-inside");
    sleepForCharts();
    screenshot("learn-04-cnn");
    scrollTo("misclassifications");
    sleepForCharts();
    screenshot("learn-05-confusion");
  }

  private static List<WebElement> images(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  private static void sleepForCharts() {
    sleep(500);
  }
}
