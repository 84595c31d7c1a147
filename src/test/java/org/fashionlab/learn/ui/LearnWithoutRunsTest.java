package org.fashionlab.learn.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.KaribuPages.byId;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.fashionlab.KaribuPages;
import org.fashionlab.registry.RunService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The Learn page of a class that has trained nothing yet: hints, not empty headings. */
@SpringBootTest(
    properties = {
      "fashionlab.dataset.work-dir=target/fashion-mnist",
      "fashionlab.storage.data-dir=target/test-data/learn-empty",
      "spring.datasource.url=jdbc:h2:mem:learn-empty;DB_CLOSE_DELAY=-1"
    })
class LearnWithoutRunsTest {

  @Autowired private ApplicationContext context;
  @Autowired private RunService runs;

  @BeforeEach
  void openLearnPage() {
    assertThat(runs.list()).isEmpty();
    KaribuPages.open(context, LearnView.class, "learn");
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  @Test
  void theCnnSectionsSayHowToGetATrainedCnnInsteadOfShowingEmptyHeadings() {
    assertThat(byId(Paragraph.class, "cnn-inside-hint").getText())
        .startsWith("No trained CNN yet: train the Course CNN preset");
    assertThat(_find(byId(Div.class, "cnn-inside"), H4.class)).isEmpty();
    assertThat(_find(byId(Div.class, "misclassifications"), H4.class)).isEmpty();
  }

  @Test
  void theLessonsThatNeedARunSayWhichToTrain() {
    assertThat(byId(Paragraph.class, "curves-reading").getText())
        .startsWith("No finished run with a validation split yet");
    assertThat(
            _find(byId(Div.class, "loss-accuracy"), com.vaadin.flow.component.select.Select.class))
        .isEmpty();
    assertThat(byId(Div.class, "predict-result").getElement().getTextRecursively())
        .startsWith("No trained model yet");
    // the worked examples need no run
    assertThat(byId(Div.class, "loss-case-right").isVisible()).isTrue();
  }
}
