package org.fashionlab.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fashionlab.BrowserJourney;
import org.fashionlab.BrowserSession;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * bench/classify -Dbrowser=true: the Classify page in Debian's headless Chromium (1280 x 800),
 * signed in as the bench's student. Each repetition opens the page afresh, hands the photo to the
 * upload component's file input and times, in the page (performance.now()), from the input's change
 * event until every model's row in the predictions table is rendered and filled, and until the
 * frame after it. The same clock splits that time: the upload request (transfer and the server's
 * classification, from Resource Timing), the push message carrying the answers (a wrapped
 * WebSocket) and the rendering after it. It also waits for the six preprocessing steps and their
 * pictures (downloads of their own since the answers come first), and counts the push characters
 * until the answers are on the page and in all.
 */
final class ClassifyPageTiming {

  /** Installed before the page's own scripts: every push frame's arrival time and size. */
  private static final String RECORD_PUSH =
      """
      (() => {
        const frames = [];
        window.__flFrames = frames;
        const Native = window.WebSocket;
        window.WebSocket = class extends Native {
          constructor(...args) {
            super(...args);
            this.addEventListener('message', (e) => {
              const at = performance.now();
              const text = String(e.data);
              const pngs = text.match(/data:image\\/png;base64,[A-Za-z0-9+\\/=]*/g) || [];
              frames.push([at, text.length, pngs.reduce((sum, png) => sum + png.length, 0)]);
            });
          }
        };
      })();
      """;

  /** Arms one measurement; arguments[0] is the number of rows that means "every answer". */
  private static final String ARM =
      """
      const rows = arguments[0];
      const m = {};
      window.__flRun = m;
      const upload = document.getElementById('photo-upload');
      upload.shadowRoot.addEventListener('change', () => {
        if (m.start === undefined) m.start = performance.now();
      }, true);
      const filled = () => {
        const grid = document.getElementById('prediction-table');
        if (!grid || grid.size !== rows || grid.offsetParent === null) return false;
        const shown = [...grid.shadowRoot.querySelectorAll('#items tr')]
          .filter((tr) => !tr.hidden && tr.index !== undefined && tr.index < grid.size);
        return shown.length === rows && shown.every((tr) => [...tr.querySelectorAll('td')]
          .slice(1).every((td) => td.querySelector('slot')?.assignedElements()[0]
            ?.textContent.trim()));
      };
      const pictures = () => {
        const images = [...document.querySelectorAll('#preprocessing-steps img')];
        return images.length === 6 && images.every((img) => img.complete && img.naturalWidth > 0);
      };
      const done = () => m.filled !== undefined && m.pictures !== undefined;
      const check = () => {
        if (m.start === undefined || done()) return;
        const now = performance.now();
        if (m.steps === undefined
            && document.querySelectorAll('#preprocessing-steps .fl-step').length === 6) {
          m.steps = now;
        }
        if (m.pictures === undefined && m.steps !== undefined && pictures()) {
          m.pictures = now;
        }
        if (m.filled === undefined && filled()) {
          m.filled = now;
          requestAnimationFrame(() => setTimeout(() => { m.painted = performance.now(); }, 0));
        }
        if (done()) observer.disconnect();
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, {subtree: true, childList: true, characterData: true});
      const poll = () => { check(); if (!done()) requestAnimationFrame(poll); };
      requestAnimationFrame(poll);
      """;

  /** What one measurement saw, as milliseconds after the change event. */
  private static final String RESULT =
      """
      const m = window.__flRun;
      const after = (t) => t - m.start;
      const end = Math.max(m.filled, m.pictures);
      const resources = performance.getEntriesByType('resource')
        .filter((e) => e.startTime >= m.start && e.startTime <= end)
        .map((e) => ({name: e.name, start: after(e.startTime),
          server: e.responseStart - e.requestStart, end: after(e.responseEnd)}));
      const frames = window.__flFrames.filter(([t]) => t >= m.start && t <= end)
        .map(([t, size, png]) => [after(t), size, png]);
      return {filled: after(m.filled), painted: after(m.painted), steps: after(m.steps),
        pictures: after(m.pictures), resources, frames};
      """;

  private ClassifyPageTiming() {}

  /** Uploads timed per {@link #measure} ({@code -DbrowserReps}). */
  static int reps() {
    return Integer.getInteger("browserReps", 15);
  }

  /** Uploads before those, not timed ({@code -DbrowserWarmUps}). */
  static int warmUps() {
    return Integer.getInteger("browserWarmUps", 3);
  }

  /** Uploads one {@link #measure} adds to the person's history. */
  static int uploads() {
    return warmUps() + reps();
  }

  /**
   * Measures {@code reps} uploads of {@code photo} after {@code warmUps}, printed under {@code
   * label}; saves screenshots of the last one as target/screenshots/classify-page-timing*.png (the
   * top of the page, then scrolled to the table).
   */
  static void measure(int port, String user, String password, byte[] photo, int rows, String label)
      throws Exception {
    int reps = reps();
    int warmUps = warmUps();
    Path file = Files.createTempFile("classify-photo", ".jpg");
    Files.write(file, photo);
    ChromeDriver driver = BrowserSession.start(1280, 800);
    try {
      driver.executeCdpCommand(
          "Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_PUSH));
      BrowserJourney.signIn(driver, port, user, password);
      List<Map<String, Object>> seen = new ArrayList<>();
      for (int i = 0; i < warmUps + reps; i++) {
        Map<String, Object> one = once(driver, port, file, rows);
        if (i >= warmUps) {
          seen.add(one);
        }
      }
      BrowserSession.screenshot(driver, "classify-page-timing");
      driver.executeScript("document.getElementById('prediction-table').scrollIntoView();");
      BrowserSession.screenshot(driver, "classify-page-timing-table");
      report(label, seen);
    } finally {
      driver.quit();
      Files.deleteIfExists(file);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> once(ChromeDriver driver, int port, Path file, int rows) {
    driver.get("http://localhost:" + port + "/classify");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(d -> !d.findElements(By.cssSelector("#upload-history")).isEmpty());
    sleep(500); // the page settles: nothing else on the main thread when the file comes
    driver.executeScript(ARM, rows);
    driver
        .findElement(By.id("photo-upload"))
        .getShadowRoot()
        .findElement(By.cssSelector("input[type=file]"))
        .sendKeys(file.toAbsolutePath().toString());
    wait.until(
        d ->
            driver.executeScript(
                "return window.__flRun.painted !== undefined"
                    + " && window.__flRun.pictures !== undefined;"));
    return (Map<String, Object>) driver.executeScript(RESULT);
  }

  @SuppressWarnings("unchecked")
  private static void report(String label, List<Map<String, Object>> seen) {
    int n = seen.size();
    double[] filled = new double[n];
    double[] painted = new double[n];
    double[] steps = new double[n];
    double[] pictures = new double[n];
    double[] upload = new double[n];
    double[] server = new double[n];
    double[] push = new double[n];
    double[] render = new double[n];
    int[] uidl = new int[n];
    int[] downloads = new int[n];
    long[] answerBytes = new long[n];
    long[] pushBytes = new long[n];
    long[] pngBytes = new long[n];
    for (int i = 0; i < n; i++) {
      Map<String, Object> one = seen.get(i);
      filled[i] = number(one.get("filled"));
      painted[i] = number(one.get("painted"));
      steps[i] = number(one.get("steps"));
      pictures[i] = number(one.get("pictures"));
      for (Map<String, Object> r : (List<Map<String, Object>>) one.get("resources")) {
        String name = (String) r.get("name");
        if (name.contains("v-r=uidl")) {
          uidl[i]++;
        } else if (name.contains("/VAADIN/dynamic/") && name.endsWith("/upload")) {
          upload[i] = number(r.get("end"));
          server[i] = number(r.get("server"));
        } else if (name.contains("/VAADIN/dynamic/")) {
          downloads[i]++; // a step picture
        }
      }
      double lastFrame = 0; // the last frame before every answer was on the page
      for (List<Object> frame : (List<List<Object>>) one.get("frames")) {
        double at = number(frame.get(0));
        pushBytes[i] += (long) number(frame.get(1));
        pngBytes[i] += (long) number(frame.get(2));
        if (push[i] == 0) {
          push[i] = at;
        }
        if (at <= filled[i]) {
          lastFrame = at;
          answerBytes[i] += (long) number(frame.get(1));
        }
      }
      render[i] = filled[i] - lastFrame;
    }
    ClassifyTiming.print(label + ": every answer on the page", sorted(filled));
    ClassifyTiming.print(label + ": ... and the next frame", sorted(painted));
    ClassifyTiming.print(label + ": preprocessing steps on the page", sorted(steps));
    ClassifyTiming.print(label + ": ... and their pictures loaded", sorted(pictures));
    ClassifyTiming.print(label + ": upload request done (transfer + server)", sorted(upload));
    ClassifyTiming.print(label + ": server's share of the upload request", sorted(server));
    ClassifyTiming.print(label + ": first push frame arrives", sorted(push));
    ClassifyTiming.print(label + ": rendering after the last push frame before", sorted(render));
    System.out.printf(
        Locale.ROOT,
        "{\"what\":\"%s: per upload\",\"uidlRequests\":%s,\"pictureDownloads\":%s,"
            + "\"charsUntilAnswers\":%s,\"pushChars\":%s,\"pngChars\":%s}%n",
        label,
        Arrays.toString(uidl),
        Arrays.toString(downloads),
        Arrays.toString(answerBytes),
        Arrays.toString(pushBytes),
        Arrays.toString(pngBytes));
    System.out.println(label + ", last upload's requests: " + seen.get(n - 1).get("resources"));
  }

  private static double number(Object value) {
    return value == null ? Double.NaN : ((Number) value).doubleValue();
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
