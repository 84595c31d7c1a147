package org.fashionlab.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.fashionlab.BrowserJourney;
import org.fashionlab.TestAccounts;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student compares trained models in Debian's Chromium: the table, sorting by test accuracy, the
 * CSV download, two runs side by side and one test image. Screenshots go to target/screenshots/.
 */
@ModelsPageTest
class ModelsPageBrowserTest extends BrowserJourney {

  /** Rows of the grid in display order, each a list of its cells' texts; the header first. */
  private static final String TABLE_SCRIPT =
      """
      const grid = document.getElementById('runs');
      if (!grid || !grid.shadowRoot || !grid.shadowRoot.querySelector('#header tr')) {
        return [];
      }
      const texts = (tr) => [...tr.querySelectorAll('td, th')].map((cell) => {
        const slot = cell.querySelector('slot');
        const content = slot && slot.assignedElements()[0];
        return content ? content.textContent.trim() : '';
      });
      const header = grid.shadowRoot.querySelector('#header tr');
      const rows = [...grid.shadowRoot.querySelectorAll('#items tr')]
        .filter((tr) => !tr.hidden && tr.index !== undefined)
        .sort((a, b) => a.index - b.index);
      return [texts(header), ...rows.map(texts)];
      """;

  @Autowired private RunService runs;
  @Autowired private TrainingQueue queue;

  @Test
  void studentSortsByTestAccuracyDownloadsTheTableAndComparesTwoRuns() throws Exception {
    List<RunSummary> trained =
        TrainedRuns.ensure(runs, queue, TestAccounts.STUDENT.ensure(context).username);
    List<RunSummary> stored = runs.list();
    open("/models");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(d -> table().size() == stored.size() + 1);
    screenshot("models-01-table");

    List<String> header = table().get(0);
    int name = header.indexOf("Name");
    int accuracy = header.indexOf("Test acc.");
    assertThat(name).isNotNegative();
    assertThat(accuracy).isNotNegative();
    List<String> byAccuracy =
        stored.stream()
            .sorted(Comparator.comparingDouble(RunSummary::testAccuracy))
            .map(RunSummary::name)
            .toList();

    sorter("Test acc.").click();
    wait.until(d -> column(name).equals(byAccuracy));
    assertThat(percentages(column(accuracy))).isSorted();
    sorter("Test acc.").click();
    // Descending: runs with equal accuracy (same spec and seed) keep their order, so compare the
    // accuracies in order and the names as a whole.
    List<Double> descending =
        stored.stream()
            .map(
                r -> Double.parseDouble(String.format(Locale.ROOT, "%.2f", 100 * r.testAccuracy())))
            .sorted(Comparator.reverseOrder())
            .toList();
    wait.until(d -> percentages(column(accuracy)).equals(descending));
    assertThat(column(name)).containsExactlyInAnyOrderElementsOf(byAccuracy);
    assertThat(cellLefts("#items tr"))
        .as("header and body columns line up after scrolling sideways")
        .isEqualTo(cellLefts("#header tr"));
    screenshot("models-02-sorted-by-test-accuracy");

    checkCsv(stored);

    selectRows(0, 1);
    wait.until(d -> d.findElements(By.cssSelector("#compare-matrices fl-chart")).size() == 2);
    wait.until(d -> d.findElements(By.cssSelector("#model-bars .fl-bar-group")).size() == 2);
    assertThat(driver.findElement(By.id("true-class")).getText()).startsWith("True class: ");
    scrollTo("compare-curves");
    sleep(500); // let ECharts draw before the picture
    screenshot("models-03-side-by-side");
    scrollTo("test-image-number");
    screenshot("models-04-one-test-image");
    assertThat(trained).hasSize(2);
  }

  private void checkCsv(List<RunSummary> stored) throws Exception {
    WebElement link = driver.findElement(By.id("csv-download"));
    String href = link.getAttribute("href");
    String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + cookie)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("fashion-lab-models.csv");
    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(stored.size() + 1);
    List<String> csvHeader = List.of(lines.get(0).split(","));
    assertThat(csvHeader).startsWith("id", "name").contains("test_accuracy", "status");
    for (RunSummary run : stored) {
      String[] cells =
          lines.stream()
              .filter(l -> l.startsWith(run.id() + ","))
              .findFirst()
              .orElseThrow()
              .split(",", -1);
      assertThat(cells[csvHeader.indexOf("name")]).isEqualTo(run.name());
      assertThat(Double.parseDouble(cells[csvHeader.indexOf("test_accuracy")]))
          .isCloseTo(run.testAccuracy(), within(1e-6));
    }
  }

  /** Left edges of the cells in the grid's first row matching the selector. */
  @SuppressWarnings("unchecked")
  private List<Long> cellLefts(String rowSelector) {
    return (List<Long>)
        js(
            "const row = document.getElementById('runs').shadowRoot.querySelector(arguments[0]);"
                + "return [...row.querySelectorAll('td, th')]"
                + "  .map((c) => Math.round(c.getBoundingClientRect().left));",
            rowSelector);
  }

  @SuppressWarnings("unchecked")
  private List<List<String>> table() {
    return (List<List<String>>) js(TABLE_SCRIPT);
  }

  private List<String> column(int index) {
    List<List<String>> table = table();
    return table.subList(1, table.size()).stream().map(row -> row.get(index)).toList();
  }

  private static List<Double> percentages(List<String> cells) {
    return cells.stream().map(c -> Double.parseDouble(c.replace("%", ""))).toList();
  }

  /** The header's sort button, scrolled into view (the grid scrolls sideways). */
  private WebElement sorter(String header) {
    WebElement sorter =
        driver.findElements(By.cssSelector("#runs vaadin-grid-sorter")).stream()
            .filter(s -> s.getText().trim().equals(header))
            .findFirst()
            .orElseThrow();
    // Scroll the grid's own scroller, as a user would.
    js(
        "const table = document.getElementById('runs').shadowRoot.querySelector('#table');"
            + "const th = arguments[0].closest('vaadin-grid-cell-content').assignedSlot"
            + "  .closest('th');"
            + "table.scrollLeft = th.offsetLeft - table.clientWidth / 2;",
        sorter);
    return sorter;
  }

  /** Ticks the selection checkboxes of the rows at these display positions. */
  private void selectRows(int... rows) {
    for (int row : rows) {
      js(
          "const grid = document.getElementById('runs');"
              + "const tr = [...grid.shadowRoot.querySelectorAll('#items tr')]"
              + "  .find((r) => r.index === arguments[0]);"
              + "const content = tr.querySelector('td slot').assignedElements()[0];"
              + "content.querySelector('vaadin-checkbox').click();",
          row);
    }
  }
}
