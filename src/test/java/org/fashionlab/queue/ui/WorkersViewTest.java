package org.fashionlab.queue.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Duration;
import org.fashionlab.KaribuPages;
import org.fashionlab.TestAccounts;
import org.fashionlab.queue.WorkerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest
class WorkersViewTest {

  @Autowired ApplicationContext context;
  @Autowired WorkerRegistry registry;

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aTeacherSeesThisProcessAsAnAliveWorker() {
    await().atMost(Duration.ofSeconds(20)).until(() -> registry.alive() == 1);
    KaribuPages.open(context, WorkersView.class, "workers", TestAccounts.TEACHER);

    Grid<WorkerRegistry.WorkerStatus> grid = _get(Grid.class, s -> s.withId("workers-grid"));
    assertThat(_findAll(grid))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.name()).isEqualTo(registry.name());
              assertThat(w.alive()).isTrue();
              assertThat(w.role()).isEqualTo("all");
            });
    assertThat(_get(Span.class, s -> s.withId("queue-line")).getText()).endsWith("1 workers alive");
  }

  @Test
  void aStudentNeitherReachesItNorSeesItInTheMenu() {
    KaribuPages.openApp(context, "train"); // as the test student
    assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel))
        .doesNotContain("Workers")
        .contains("Train");
    try {
      UI.getCurrent().navigate("workers");
    } catch (AssertionError refused) {
      // Karibu reports Vaadin's refusal as an exception, or reroutes to the error view.
      assertThat(refused).hasMessageContaining("Access is denied");
    }
    assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
        .noneMatch(c -> c instanceof WorkersView);
  }
}
