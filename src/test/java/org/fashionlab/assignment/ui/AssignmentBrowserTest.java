package org.fashionlab.assignment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.fashionlab.BrowserJourney;
import org.fashionlab.BrowserSession;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A class's Lab 5 in three Chromiums: the teacher creates an assignment with the form and gives the
 * class Lab 5 with one click; two students each submit a finished run; the leaderboard ranks both
 * by validation accuracy with a classmate's test accuracy locked; one student answers an exercise
 * and opens the printable hand-in; the teacher opens the class leaderboard with its chart.
 * Screenshots go to target/screenshots/assignment-*.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "fashionlab.storage.data-dir=target/test-data/assignment-journey",
      "spring.datasource.url=jdbc:h2:mem:assignment-journey;DB_CLOSE_DELAY=-1"
    })
class AssignmentBrowserTest extends BrowserJourney {

  @Autowired Accounts accounts;
  @Autowired Classes classes;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;

  @Override
  protected TestAccounts signInAs() {
    return TestAccounts.TEACHER;
  }

  @Test
  void theTeacherGivesLab5TwoStudentsSubmitAndTheLeaderboardRanksThem() {
    TestAccounts.TEACHER.ensure(context);
    UUID teacher = accounts.find(TestAccounts.TEACHER.username).orElseThrow().id();
    ClassSummary lab = classes.create(teacher, "Lab 5 Thursday");
    classes.join(lab.joinCode(), "jr-ana", "Ana", TestAccounts.PASSWORD);
    classes.join(lab.joinCode(), "jr-bo", "Bo <b>B</b>", TestAccounts.PASSWORD);
    RunSummary ana = train("jr-ana", "Ana's MLP", 600);
    RunSummary bo = train("jr-bo", "Bo's MLP", 1_200);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

    open("/assignments");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assignment-form")));
    driver.findElement(By.id("create-assignment")).click();
    wait.until(d -> d.findElement(By.id("assignment-title")).getDomAttribute("invalid") != null);
    screenshot("assignment-01-form-refused");
    type("assignment-title", "Beat human performance");
    type("target-min-validation", "0.835");
    driver.findElement(By.id("create-assignment")).click();
    wait.until(d -> text("assignment-about").contains("validation accuracy ≥ 83.50%"));
    screenshot("assignment-02-created");

    open("/assignments");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("lab5-" + lab.id()))).click();
    wait.until(d -> text("assignment-about").contains("CNN only"));
    String lab5 = driver.getCurrentUrl();

    submitAs("jr-ana", lab5, ana, false);
    ChromeDriver boBrowser = submitAs("jr-bo", lab5, bo, true);
    try {
      List<String> cells = cells(boBrowser);
      assertThat(cells).contains("Ana", "Bo <b>B</b>", "locked");
      ((JavascriptExecutor) boBrowser)
          .executeScript(
              "document.getElementById('leaderboard').scrollIntoView({block: 'start'});");
      BrowserSession.screenshot(boBrowser, "assignment-04-student-leaderboard");
      exportHandIn(boBrowser);
    } finally {
      boBrowser.quit();
    }

    driver.navigate().refresh();
    wait.until(d -> cells(driver).contains("Bo <b>B</b>") && cells(driver).contains("Ana"));
    List<String> board = cells(driver);
    boolean anaFirst = ana.finalValidationAccuracy() >= bo.finalValidationAccuracy();
    assertThat(board.indexOf("Ana") < board.indexOf("Bo <b>B</b>")).isEqualTo(anaFirst);
    assertThat(board).doesNotContain("locked");
    scrollTo("submissions");
    screenshot("assignment-06-teacher-leaderboard-and-submissions");

    driver.findElement(By.id("class-leaderboard-link")).click();
    wait.until(ExpectedConditions.urlContains("/classes/" + lab.id() + "/leaderboard"));
    wait.until(d -> text("class-leaderboard-about").contains("2 assignments"));
    wait.until(d -> cells(driver).contains("Bo <b>B</b>") && cells(driver).contains("Ana"));
    wait.until(d -> !d.findElements(By.cssSelector("#leaderboard-chart canvas")).isEmpty());
    scrollTo("leaderboard-chart");
    screenshot("assignment-07-class-leaderboard");
  }

  private RunSummary train(String owner, String name, int images) {
    return RegistryFixtures.awaitDone(
        runs, queue.submit(RegistryFixtures.quickMlp(images, 1).withName(name), owner).id());
  }

  /** Signs {@code username} in a new Chromium and submits {@code run} from the picker. */
  private ChromeDriver submitAs(String username, String url, RunSummary run, boolean keep) {
    ChromeDriver browser;
    try {
      browser = BrowserSession.start();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    signIn(browser, port, username, TestAccounts.PASSWORD);
    browser.get(url);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#submit-run input")));
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('submit-panel').scrollIntoView({block: 'start'});");
    WebElement input = browser.findElement(By.cssSelector("#submit-run input"));
    input.click();
    input.sendKeys(run.name());
    sleep(500);
    input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    browser.findElement(By.id("submit-button")).click();
    wait.until(d -> cells(browser).contains(run.name()));
    if (!keep) {
      BrowserSession.screenshot(browser, "assignment-03-first-submission");
      browser.quit();
    }
    return browser;
  }

  /** Bo answers exercise 8 and opens the printable report of the hand-in. */
  private static void exportHandIn(ChromeDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("hand-in-link"))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#answer-ex8 textarea")));
    WebElement answer = browser.findElement(By.cssSelector("#answer-ex8 textarea"));
    answer.sendKeys("About 4 epochs: validation loss is lowest there.", Keys.TAB);
    wait.until(
        d -> d.findElement(By.tagName("body")).getText().contains("Saved your answer to 8."));
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('step-ex8').scrollIntoView({block: 'start'});");
    sleep(500);
    BrowserSession.screenshot(browser, "assignment-05-hand-in");
    String page = browser.getWindowHandle();
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.getElementById('hand-in-report').scrollIntoView({block: 'center'});");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("hand-in-report"))).click();
    wait.until(d -> d.getWindowHandles().size() == 2);
    browser
        .switchTo()
        .window(
            browser.getWindowHandles().stream()
                .filter(h -> !h.equals(page))
                .findFirst()
                .orElseThrow());
    wait.until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Lab 5"));
    String body = browser.findElement(By.tagName("body")).getText();
    assertThat(body)
        .contains("About 4 epochs: validation loss is lowest there.")
        .contains("Bo <b>B</b>")
        .contains("Confusion matrix on the 10,000 test images");
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('ex8').scrollIntoView({block: 'start'});");
    BrowserSession.screenshot(browser, "assignment-05b-printable-report");
  }

  @SuppressWarnings("unchecked")
  private static List<String> cells(ChromeDriver browser) {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return Array.from(document.querySelectorAll('#leaderboard-grid"
                    + " vaadin-grid-cell-content')).map(e => e.textContent.trim());");
  }
}
