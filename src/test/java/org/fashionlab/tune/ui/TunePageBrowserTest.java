package org.fashionlab.tune.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fashionlab.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/** A student asks "which number of nodes and learning rate is best?" and reads the answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TunePageBrowserTest extends BrowserJourney {

  @Test
  void aTwoByTwoGridRunsAndMarksTheBestTrial() throws Exception {
    open("/tune");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(d -> !d.findElements(By.id("study-estimate")).isEmpty());
    type("study-images", "1000");
    type("study-epochs", "1");
    type("grid-nodes", "16, 64");
    type("grid-learning-rate", "0.001, 0.01");
    wait.until(
        d ->
            d.findElement(By.id("study-estimate"))
                .getText()
                .startsWith("4 trials, 4 training runs"));

    type("grid-learning-rate", "0.01, 0");
    wait.until(
        d ->
            d.findElement(By.id("study-estimate"))
                .getText()
                .contains("the learning rate must be greater than 0"));
    assertThat(driver.findElement(By.id("start-study")).getAttribute("disabled")).isNotNull();
    type("grid-learning-rate", "0.001, 0.01");
    wait.until(d -> d.findElement(By.id("start-study")).getAttribute("disabled") == null);
    screenshot("tune-01-configured");

    assertThat(driver.findElements(By.id("study-status")))
        .as("a fresh database: no earlier study shown")
        .allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
    driver.findElement(By.id("start-study")).click();
    new WebDriverWait(driver, Duration.ofSeconds(120))
        .until(
            d ->
                d.findElement(By.id("study-status"))
                    .getText()
                    .startsWith("4 of 4 runs done, finished"));
    String grid = driver.findElement(By.id("study-trials")).getText();
    assertThat(grid).contains("★ best").contains("nodes per layer").contains("learning rate");
    assertThat(driver.findElement(By.id("study-status")).getText()).contains("Best so far: #");
    assertThat(driver.findElements(By.cssSelector("#study-trials vaadin-grid-cell-content")))
        .extracting(WebElement::getText)
        .contains("64", "16", "0.01", "0.001");
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("document.getElementById('study-chart').scrollIntoView({block: 'end'})");
    Thread.sleep(500);
    screenshot("tune-02-results");
  }
}
