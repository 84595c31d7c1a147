package org.fashionlab.lab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.KaribuPages.byId;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.fashionlab.KaribuPages;
import org.fashionlab.lab.LabExercise;
import org.fashionlab.lab.LabExercises;
import org.fashionlab.lab.LabPlace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The Lab 5 index: every exercise of the sheet, every link to a page and section that exist. */
@SpringBootTest(properties = "fashionlab.dataset.work-dir=target/fashion-mnist")
class LabViewTest {

  @Autowired private ApplicationContext context;

  @BeforeEach
  void openLabPage() {
    KaribuPages.openApp(context, "lab");
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  @Test
  void everyExerciseOfTheSheetIsListedInItsOrder() {
    List<String> numbers = LabExercises.all().stream().map(LabExercise::number).toList();
    // The sheet: four MLP questions, exercise 1's seven tasks, two CNN questions, exercises 2-10.
    assertThat(numbers)
        .containsSubsequence("Q1", "Q2", "Q3", "Q4")
        .containsSubsequence("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7")
        .containsSubsequence("Q5", "Q6")
        .containsSubsequence("2", "3", "4", "5", "6", "7", "8", "9", "10");
    List<Div> rows = _find(Div.class, spec -> spec.withClasses("fl-lab-row"));
    assertThat(rows).hasSize(LabExercises.all().size());
    for (int i = 0; i < rows.size(); i++) {
      LabExercise exercise = LabExercises.all().get(i);
      Div row = rows.get(i);
      assertThat(row.getId()).contains("lab-" + exercise.id());
      assertThat(row.getElement().getTextRecursively())
          .startsWith(exercise.number() + exercise.title())
          .contains(exercise.question());
      long links = _find(row, Anchor.class).size();
      assertThat(links).isEqualTo(exercise.places().stream().filter(LabPlace::exists).count());
    }
  }

  @Test
  void aPlaceNotBuiltYetSaysSoInsteadOfLinkingNowhere() {
    LabExercise plot =
        LabExercises.all().stream()
            .filter(e -> e.id().equals("ex1-plot"))
            .findFirst()
            .orElseThrow();
    assertThat(plot.places()).anyMatch(p -> !p.exists());
    List<Span> pending =
        _find(
            byId(Div.class, "lab-ex1-plot"),
            Span.class,
            spec -> spec.withClasses("fl-lab-pending"));
    assertThat(pending).singleElement().extracting(Span::getText).asString().startsWith("coming:");
  }

  @Test
  void everyLinkOpensAnExistingPageAndSection() {
    List<Anchor> links = _find(Anchor.class, spec -> spec.withClasses("fl-lab-link"));
    assertThat(links).hasSizeGreaterThan(30);
    List<String> broken = new ArrayList<>();
    for (String href : links.stream().map(Anchor::getHref).distinct().toList()) {
      String[] target = href.split("#", 2);
      String[] pathAndQuery = target[0].split("\\?", 2);
      UI.getCurrent()
          .navigate(
              pathAndQuery[0],
              pathAndQuery.length > 1
                  ? QueryParameters.fromString(pathAndQuery[1])
                  : QueryParameters.empty());
      Component page = UI.getCurrent().getCurrentView();
      if (RouteConfiguration.forApplicationScope().getRoute(pathAndQuery[0]).isEmpty()) {
        broken.add(href + ": no such page");
      } else if (page instanceof LabView) {
        broken.add(href + ": did not open");
      } else if (target.length > 1 && find(UI.getCurrent(), target[1]).isEmpty()) {
        broken.add(href + ": no section " + target[1] + " on " + page.getClass().getSimpleName());
      }
    }
    assertThat(broken).isEmpty();
  }

  /** The component with {@code id} anywhere under {@code root}, shown or not. */
  private static Optional<Component> find(Component root, String id) {
    return Stream.concat(Stream.of(root), descendants(root))
        .filter(c -> c.getId().filter(id::equals).isPresent())
        .findFirst();
  }

  private static Stream<Component> descendants(Component root) {
    return root.getChildren().flatMap(c -> Stream.concat(Stream.of(c), descendants(c)));
  }
}
