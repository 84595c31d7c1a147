package org.fashionlab;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests (one user journey each, against the app on a random port): one Chromium
 * per test class and the small steps every journey takes. Subclasses add
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class BrowserJourney {

  protected static ChromeDriver driver;

  @LocalServerPort protected int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    driver = BrowserSession.start();
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
  protected static void type(String id, String value) {
    WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
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
