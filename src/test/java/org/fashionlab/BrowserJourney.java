package org.fashionlab;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Base of the browser tests (one user journey each, against the app on a random port): one Chromium
 * per test class, signed in as the test student unless the journey says otherwise, and the small
 * steps every journey takes. Subclasses add {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class BrowserJourney {

  protected static ChromeDriver driver;

  private static boolean signedIn;

  @LocalServerPort protected int port;
  @Autowired protected ApplicationContext context;

  @BeforeAll
  static void startBrowser() throws IOException {
    driver = BrowserSession.start();
    signedIn = false;
  }

  /** Every page needs a signed-in user: the journey's browser signs in once, before its test. */
  @BeforeEach
  void signInFirst() {
    TestAccounts account = signInAs();
    if (!signedIn && account != null) {
      account.ensure(context);
      signIn(driver, port, account.username, TestAccounts.PASSWORD);
      signedIn = true;
    }
  }

  /** Who the journey signs in as; null for a journey that signs in by itself. */
  protected TestAccounts signInAs() {
    return TestAccounts.STUDENT;
  }

  /**
   * Types {@code username} and {@code password} into the sign-in form of the app at {@code port}
   * and submits it; returns once the browser has left the sign-in page, or throws if it stays.
   */
  public static void signIn(ChromeDriver browser, int port, String username, String password) {
    submitSignIn(browser, port, username, password);
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Fills and submits the sign-in form, whatever the outcome. */
  public static void submitSignIn(
      ChromeDriver browser, int port, String username, String password) {
    browser.get("http://localhost:" + port + "/login");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
    browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
    browser
        .findElement(By.cssSelector("#vaadinLoginPassword input"))
        .sendKeys(password, Keys.ENTER);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  /** Opens {@code path} (e.g. "/train") of the running app. */
  protected void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  /** The visible text of the element with {@code id}, trimmed; empty when there is none. */
  protected static String text(String id) {
    List<WebElement> found = driver.findElements(By.id(id));
    return found.isEmpty() ? "" : found.get(0).getText().trim();
  }

  /** Replaces the value of the Vaadin field with {@code id} and leaves it (TAB commits it). */
  /** Types into the field {@code id}, finding it again when the page has just redrawn it. */
  protected static void type(String id, String value) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        return;
      } catch (StaleElementReferenceException redrawn) {
        if (attempt == 3) {
          throw redrawn;
        }
      }
    }
  }

  protected static void scrollTo(String id) {
    scrollTo(id, "start");
  }

  /** Scrolls the element with {@code id} into view; {@code block} is "start", "center" or "end". */
  protected static void scrollTo(String id, String block) {
    js("document.getElementById(arguments[0]).scrollIntoView({block: arguments[1]});", id, block);
  }

  protected static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Saves what the browser shows as target/screenshots/NAME.png. */
  protected static void screenshot(String name) {
    BrowserSession.screenshot(driver, name);
  }

  protected static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
