package org.fashionlab.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.fashionlab.BrowserJourney;
import org.fashionlab.BrowserSession;
import org.fashionlab.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The first lesson of a class, in two Chromiums: the teacher signs in with the password the first
 * start wrote, creates a class and reads its join code; a student joins with it in a second browser
 * and lands in the app signed in. Screenshots go to target/screenshots/classroom-*.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "fashionlab.storage.data-dir=target/test-data/classroom-journey",
      "spring.datasource.url=jdbc:h2:mem:classroom-journey;DB_CLOSE_DELAY=-1"
    })
class ClassroomBrowserTest extends BrowserJourney {

  @Override
  protected TestAccounts signInAs() {
    return null; // the teacher signs in by hand, with the first start's password
  }

  @Test
  void theTeacherCreatesAClassAndAStudentJoinsWithItsCode() throws IOException {
    String password =
        Files.readString(Path.of("target/test-data/classroom-journey/initial-teacher-password"))
            .strip();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

    submitSignIn(driver, port, "teacher", "not-" + password);
    wait.until(d -> d.getCurrentUrl().contains("/login?error"));
    wait.until(d -> text("login-form").contains("Wrong username or password"));
    screenshot("classroom-01-wrong-password");

    signIn(driver, port, "teacher", password);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
    assertThat(text("user-name")).isEqualTo("Teacher");
    open("/classes");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("class-name")));
    type("class-name", "Lab 5 Tuesday");
    driver.findElement(By.id("create-class")).click();
    wait.until(d -> text("join-code").matches("[A-Z2-9]{8}"));
    String code = text("join-code");
    screenshot("classroom-02-class-created");

    ChromeDriver student = BrowserSession.start();
    try {
      student.get("http://localhost:" + port + "/login");
      WebDriverWait studentWait = new WebDriverWait(student, Duration.ofSeconds(60));
      studentWait.until(ExpectedConditions.elementToBeClickable(By.id("signup-link"))).click();
      studentWait.until(ExpectedConditions.presenceOfElementLocated(By.id("signup-code")));
      fill(student, "signup-code", "WRONG234");
      fill(student, "signup-username", "mia.k");
      fill(student, "signup-display-name", "Mia <i>K</i>");
      fill(student, "signup-password", "mias-password-1");
      fill(student, "signup-repeat", "mias-password-1");
      student.findElement(By.id("signup-submit")).click();
      studentWait.until(
          d ->
              d.findElement(By.id("signup-problem"))
                  .getText()
                  .contains("No class has the join code"));
      BrowserSession.screenshot(student, "classroom-03-wrong-code");

      fill(student, "signup-code", code.substring(0, 4).toLowerCase() + "-" + code.substring(4));
      student.findElement(By.id("signup-submit")).click();
      studentWait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
      assertThat(student.getCurrentUrl()).doesNotContain("login").doesNotContain("signup");
      assertThat(student.findElement(By.id("user-name")).getText()).isEqualTo("Mia <i>K</i>");
      assertThat(student.findElements(By.cssSelector("vaadin-side-nav-item[path='classes']")))
          .isEmpty();
      BrowserSession.screenshot(student, "classroom-04-student-signed-in");
      assertThat(cspViolations(student)).isEmpty();
      trainATinyMlp(student);
      BrowserSession.screenshot(student, "classroom-06-student-trained");
    } finally {
      student.quit();
    }

    driver.navigate().refresh();
    wait.until(d -> d.findElement(By.id("members-grid")).getText().contains("mia.k"));
    screenshot("classroom-05-class-with-student");
    assertThat(cspViolations(driver)).isEmpty();

    // The teacher's own runs are none; the whole class shows Mia's.
    open("/models");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-scope")));
    assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("mia.k");
    chooseRadio(driver, "run-scope", "Whole class");
    wait.until(d -> text("runs").contains("mia.k"));
    screenshot("classroom-07-teacher-whole-class");

    // Another student, outside the class, sees nothing of it, mine or shared.
    ChromeDriver other = BrowserSession.start();
    try {
      TestAccounts.STUDENT.ensure(context);
      signIn(other, port, TestAccounts.STUDENT.username, TestAccounts.PASSWORD);
      other.get("http://localhost:" + port + "/models");
      WebDriverWait otherWait = new WebDriverWait(other, Duration.ofSeconds(60));
      otherWait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-scope")));
      chooseRadio(other, "run-scope", "Shared by classmates");
      sleep(1_000);
      assertThat(other.findElement(By.tagName("body")).getText()).doesNotContain("mia.k");
      other.get("http://localhost:" + port + "/train");
      otherWait.until(ExpectedConditions.presenceOfElementLocated(By.id("start")));
      assertThat(other.findElement(By.tagName("body")).getText()).doesNotContain("Finished in");
      BrowserSession.screenshot(other, "classroom-08-other-student-sees-nothing");
    } finally {
      other.quit();
    }
  }

  /** The student trains the Course MLP on 500 images for one epoch from the Train page. */
  private static void trainATinyMlp(ChromeDriver student) {
    WebDriverWait wait = new WebDriverWait(student, Duration.ofSeconds(120));
    student.get(student.getCurrentUrl().replaceAll("(https?://[^/]+).*", "$1") + "/train");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("training-limit")));
    fill(student, "training-limit", "500");
    fill(student, "epochs", "1");
    student.findElement(By.cssSelector("#epochs input")).sendKeys(org.openqa.selenium.Keys.TAB);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("start"))).click();
    wait.until(d -> d.findElement(By.id("job-status")).getText().startsWith("Finished"));
  }

  /** Clicks the radio button labelled {@code label} in the group with {@code id}. */
  private static void chooseRadio(ChromeDriver browser, String id, String label) {
    for (var button : browser.findElements(By.cssSelector("#" + id + " vaadin-radio-button"))) {
      if (button.getText().strip().equals(label)) {
        button.click();
        return;
      }
    }
    throw new AssertionError("No radio button \"" + label + "\" in #" + id);
  }

  /** Types into the Vaadin field with {@code id} in {@code browser}, replacing its value. */
  private static void fill(ChromeDriver browser, String id, String value) {
    var input = browser.findElement(By.cssSelector("#" + id + " input"));
    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), value);
  }

  private static List<String> cspViolations(ChromeDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
        .toList();
  }
}
