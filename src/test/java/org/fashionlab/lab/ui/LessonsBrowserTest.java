package org.fashionlab.lab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.fashionlab.BrowserJourney;
import org.fashionlab.TestAccounts;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunService;
import org.fashionlab.tune.GridAxis;
import org.fashionlab.tune.Hyperparameter;
import org.fashionlab.tune.Selection;
import org.fashionlab.tune.StudyService;
import org.fashionlab.tune.StudySpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A student works through the Lab 5 index at 1280 x 800: from the exercise list to the Data page's
 * R shapes, the cross-entropy and overfitting lessons on Learn, one test image's ten probabilities,
 * a mistyped address, and a k-fold study's chart on Tune. Screenshots go to
 * target/screenshots/lessons-*.png.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "fashionlab.dataset.work-dir=target/fashion-mnist",
      "fashionlab.storage.data-dir=target/test-data/lessons-browser",
      "spring.datasource.url=jdbc:h2:mem:lessons-browser;DB_CLOSE_DELAY=-1"
    })
class LessonsBrowserTest extends BrowserJourney {

  @Autowired private RunService runs;
  @Autowired private TrainingQueue queue;
  @Autowired private StudyService studies;
  private UUID cnnRun;

  private WebDriverWait waitUpTo(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  /** Where the element's top is in the viewport, in CSS pixels. */
  private static double top(String id) {
    return ((Number)
            js("return document.getElementById(arguments[0]).getBoundingClientRect().top;", id))
        .doubleValue();
  }

  @Test
  void aStudentFollowsTheLabIndexToEachLesson() {
    trainACnnWithValidationAndAKFoldStudy();
    driver.manage().window().setSize(new Dimension(1280, 800));

    open("/lab");
    waitUpTo(60).until(d -> !d.findElements(By.id("lab-ex3")).isEmpty());
    assertThat(driver.findElements(By.cssSelector(".fl-lab-row"))).hasSizeGreaterThan(20);
    screenshot("lessons-01-lab");

    // Exercise 3's link leads to the R shapes, scrolled into view.
    scrollTo("lab-ex3", "center");
    sleep(300);
    driver.findElement(By.cssSelector("#lab-ex3 a[href='data#r-shapes']")).click();
    waitUpTo(30).until(d -> !d.findElements(By.id("r-shapes-console")).isEmpty());
    waitUpTo(10).until(d -> Math.abs(top("r-shapes")) < 120);
    assertThat(text("r-shapes-console"))
        .contains("> dim(x_train)")
        .contains("[1] 60000    28    28");
    screenshot("lessons-02-data-r-shapes");
    scrollTo("label-encoding");
    assertThat(driver.findElements(By.cssSelector("#one-hot .fl-hot"))).hasSize(10);
    screenshot("lessons-03-data-one-hot");

    open("/learn#cross-entropy");
    waitUpTo(30).until(d -> !d.findElements(By.id("loss-case-wrong")).isEmpty());
    waitUpTo(10).until(d -> Math.abs(top("cross-entropy")) < 120);
    assertThat(text("loss-case-wrong")).contains("Predicted: Sneaker (wrong)");
    screenshot("lessons-04-learn-cross-entropy");

    scrollTo("loss-accuracy");
    waitUpTo(10)
        .until(d -> text("curves-reading").startsWith("Validation loss is lowest at epoch"));
    sleep(800); // ECharts draws after the option arrives
    screenshot("lessons-05-learn-overfitting");

    scrollTo("cnn");
    screenshot("lessons-06-learn-cnn");

    scrollTo("predict");
    waitUpTo(10).until(d -> text("predict-console").contains("> which.max(predictions[1, ])"));
    assertThat(driver.findElements(By.cssSelector("#predict-result .fl-bar"))).hasSize(10);
    screenshot("lessons-07-learn-predict");

    // A confusion-matrix cell's gallery: captions of neighbouring tiles must not overlap.
    scrollTo("misclassifications");
    int[][] confusion = runs.details(cnnRun).orElseThrow().confusion();
    int cell = 1;
    for (int i = 0; i < 100; i++) {
      if (i / 10 != i % 10 && confusion[i / 10][i % 10] > confusion[cell / 10][cell % 10]) {
        cell = i;
      }
    }
    js(
        "document.getElementById('confusion-matrix').dispatchEvent(new CustomEvent('chart-click',"
            + " {detail: {seriesIndex: 0, dataIndex: arguments[0]}}));",
        cell);
    waitUpTo(10)
        .until(d -> !d.findElements(By.cssSelector("#misclassified-gallery .fl-tile")).isEmpty());
    Object overlaps =
        js(
            "const c = [...document.querySelectorAll('#misclassified-gallery .fl-tile-caption')]"
                + ".map(e => e.getBoundingClientRect()); let n = 0;"
                + " for (let i = 0; i + 1 < c.length; i++) {"
                + "   if (Math.abs(c[i].top - c[i + 1].top) < 2 && c[i].right > c[i + 1].left + 1) n++; }"
                + " return n;");
    assertThat(((Number) overlaps).intValue()).isZero();
    scrollTo("gallery-title");
    screenshot("lessons-08-learn-gallery");

    open("/no-such-page");
    waitUpTo(30).until(d -> !d.findElements(By.id("not-found")).isEmpty());
    assertThat(text("not-found-message"))
        .isEqualTo("There is no page at /no-such-page. Check the address, or pick a page.");
    assertThat(text("not-found-pages")).contains("Lab 5").contains("Learn");
    screenshot("lessons-09-not-found");

    open("/tune");
    waitUpTo(60).until(d -> text("study-status").contains("finished"));
    assertThat(text("study-picker")).contains("Folds study");
    assertThat(
            driver
                .findElement(By.cssSelector("#study-validation-split input"))
                .getAttribute("value"))
        .isEqualTo("0.2");
    scrollTo("study-validation-split", "center");
    screenshot("lessons-10-tune-form");
    scrollTo("study-chart", "end");
    sleep(800);
    assertThat((Long) js("return document.getElementById('study-chart').pointCount(1);"))
        .isEqualTo(2);
    screenshot("lessons-11-tune-chart");
  }

  private void trainACnnWithValidationAndAKFoldStudy() {
    ModelSpec cnn =
        Presets.COURSE_CNN
            .withName("lessons CNN")
            .withTraining(Presets.COURSE_CNN.training().withTrainingLimit(1_500).withEpochs(4));
    cnnRun = queue.submit(cnn, TestAccounts.STUDENT.ensure(context).username).id();
    UUID run = cnnRun;
    ModelSpec base =
        Presets.COURSE_MLP.withTraining(
            Presets.COURSE_MLP.training().withTrainingLimit(300).withEpochs(1));
    UUID study =
        studies
            .start(
                new StudySpec(
                    "Folds study",
                    base,
                    List.of(
                        new GridAxis(Hyperparameter.NODES, List.of("16", "64")),
                        new GridAxis(Hyperparameter.LEARNING_RATE, List.of("0.001", "0.01"))),
                    Selection.K_FOLD,
                    2),
                TestAccounts.STUDENT.ensure(context).username)
            .id();
    await()
        .atMost(Duration.ofMinutes(4))
        .until(
            () ->
                runs.summary(run).map(r -> !r.status().isActive()).orElse(false)
                    && studies.result(study).map(s -> !"RUNNING".equals(s.status())).orElse(false));
  }
}
