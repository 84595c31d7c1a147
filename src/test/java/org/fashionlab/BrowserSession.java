package org.fashionlab;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for browser tests, with screenshots under target/screenshots/. */
public final class BrowserSession {

  public static final Path SCREENSHOTS = Path.of("target/screenshots");

  private BrowserSession() {}

  /** A new Chromium with a fresh profile; Selenium Manager never runs. */
  public static ChromeDriver start() throws IOException {
    return start(1400, 1000);
  }

  /** As {@link #start()}, with a window of {@code width} x {@code height} pixels. */
  public static ChromeDriver start(int width, int height) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("fashionlab-chromium"));
    // Keep the console, so journeys can check it for Content-Security-Policy violations.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            // A JVM started with bin/native-env's preloads (the benchmarks) passes them on;
            // Chromium's processes crash with jemalloc preloaded ("GPU process isn't usable").
            .withEnvironment(java.util.Map.of("LD_PRELOAD", "", "MALLOC_CONF", ""))
            .build();
    return new ChromeDriver(service, options);
  }

  /** Saves what the browser shows as target/screenshots/NAME.png, for a person to look at. */
  public static void screenshot(ChromeDriver driver, String name) {
    try {
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
