package org.fashionlab.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fashionlab.BrowserJourney;
import org.fashionlab.TestAccounts;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.dataset.Split;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student at 1280 x 800 opens a run's page by its address, finds the test accuracy on the Models
 * page without scrolling sideways, trains a copy of the run and reads all ten probabilities of test
 * image 10. Screenshots go to target/screenshots/.
 */
@ModelsPageTest
class RunPageBrowserTest extends BrowserJourney {

  /** The header cell of the Models table's column {@code arguments[0]}, and the grid's box. */
  private static final String HEADER_BOX =
      """
      const grid = document.getElementById('runs');
      if (!grid || !grid.shadowRoot) { return null; }
      const th = [...grid.shadowRoot.querySelectorAll('#header th')].find((cell) => {
        const content = cell.querySelector('slot').assignedElements()[0];
        return content && content.textContent.trim() === arguments[0];
      });
      if (!th) { return null; }
      const cell = th.getBoundingClientRect();
      const box = grid.getBoundingClientRect();
      const table = grid.shadowRoot.querySelector('#table');
      return {cellRight: cell.right, gridRight: box.right, windowWidth: window.innerWidth,
              scrollLeft: table.scrollLeft, overflow: table.scrollWidth - table.clientWidth};
      """;

  @Autowired private RunService runs;
  @Autowired private TrainingQueue queue;
  @Autowired private DatasetService datasets;

  @Test
  void aStudentOpensARunByItsAddressClonesItAndReadsTheTenProbabilitiesOfTestImage10() {
    driver.manage().window().setSize(new Dimension(1280, 800));
    RunSummary run =
        TrainedRuns.ensure(runs, queue, TestAccounts.STUDENT.ensure(context).username).get(0);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

    open("/runs/" + run.id());
    wait.until(d -> text("run-name").equals(run.name()));
    wait.until(d -> text("job-status").startsWith("Finished"));
    assertThat(text("run-owner")).contains("Owner: " + TestAccounts.STUDENT.username);
    assertThat(text("total-parameters")).isEqualTo("Total: 101,770 trainable parameters");
    assertThat(text("test-accuracy")).isEqualTo(String.format("%.2f%%", 100 * run.testAccuracy()));
    sleep(500); // let ECharts draw before the picture
    screenshot("run-page-01-top");

    scrollTo("test-image-number");
    type("test-image-number", "10");
    wait.until(d -> d.findElements(By.cssSelector("#model-bars .fl-bar")).size() == 10);
    List<WebElement> bars = driver.findElements(By.cssSelector("#model-bars .fl-bar"));
    assertThat(bars)
        .allSatisfy(bar -> assertThat(bar.getText()).matches("(?s).+\\n.*(<0.1|\\d+\\.\\d)%"));
    assertThat(
            bars.stream()
                .map(b -> b.findElement(By.cssSelector(".fl-bar-label")).getText())
                .toList())
        .containsExactlyInAnyOrderElementsOf(FashionClass.labels());
    assertThat(text("true-class"))
        .isEqualTo("True class: " + FashionClass.of(datasets.label(Split.TEST, 9)).label());
    screenshot("run-page-02-test-image-10");

    open("/models");
    wait.until(d -> js(HEADER_BOX, "Test acc.") != null);
    @SuppressWarnings("unchecked")
    Map<String, Number> box = (Map<String, Number>) js(HEADER_BOX, "Test acc.");
    screenshot("run-page-03-models-at-1280");
    assertThat(box.get("cellRight").doubleValue())
        .as("the test accuracy column is on screen without scrolling: %s", box)
        .isLessThanOrEqualTo(box.get("gridRight").doubleValue());
    assertThat(box.get("gridRight").doubleValue()).isLessThanOrEqualTo(1280);
    assertThat(box.get("overflow").doubleValue())
        .as("name, owner, kind, parameters, accuracies and time fit without scrolling: %s", box)
        .isLessThanOrEqualTo(1);
    assertThat(box.get("scrollLeft").doubleValue()).isZero();

    open("/runs/" + run.id());
    wait.until(d -> !d.findElements(By.id("train-copy")).isEmpty());
    driver.findElement(By.id("train-copy")).click();
    wait.until(d -> d.getCurrentUrl().endsWith("/train"));
    wait.until(
        d ->
            run.name()
                .concat(" (copy)")
                .equals(d.findElement(By.cssSelector("#model-name input")).getAttribute("value")));
    screenshot("run-page-04-copy-in-the-form");
  }
}
