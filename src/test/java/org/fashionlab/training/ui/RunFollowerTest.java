package org.fashionlab.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.fashionlab.KaribuPages;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.queue.RunFeed;
import org.fashionlab.queue.RunUpdate;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunProgress;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.TrainingPhase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** A followed run is shown from the feed's updates alone. */
@SpringBootTest(properties = "fashionlab.dataset.work-dir=target/fashion-mnist")
class RunFollowerTest {

  @Autowired private ApplicationContext context;
  @Autowired private RunService runs;
  @Autowired private RunAccess access;
  @Autowired private TrainingQueue queue;
  @Autowired private RunFeed feed;
  @Autowired private DatasetService datasets;

  @AfterEach
  void tearDown() {
    KaribuPages.close();
  }

  /**
   * The feed reads a run once for all its watchers; a page that read the run's progress again per
   * update would cost 30 reads for 30 watchers. The run here is not in the database at all, so
   * whatever the page shows can only come from the update.
   */
  @Test
  void anUpdateIsShownFromWhatTheFeedReadWithoutReadingTheRunAgain() {
    KaribuPages.open(context, TrainView.class, "train");
    RunFollower follower = new RunFollower(runs, access.lens(), queue, feed, datasets);
    UI.getCurrent().add(follower);
    UUID id = UUID.randomUUID();
    follower.follow(id);
    Instant batchAt = Instant.parse("2026-12-03T10:00:00Z");
    RunProgress progress =
        new RunProgress(
            1,
            "worker",
            TrainingPhase.VALIDATING,
            batchAt.minusSeconds(30),
            2,
            100,
            100,
            1_000,
            250,
            1,
            0.8,
            30.0,
            12.0,
            batchAt,
            false);

    follower.apply(List.of(new RunUpdate(id, running(id), progress, null, List.of(), false)));

    assertThat(_get(follower, Span.class, s -> s.withId("job-status")).getText())
        .isEqualTo("Measuring on the validation images…");
  }

  private static RunSummary running(UUID id) {
    return new RunSummary(
        id,
        "watched",
        "student",
        "MLP",
        "784-128-10",
        101_770,
        "Adam",
        0.001,
        32,
        3,
        1,
        null,
        null,
        null,
        null,
        null,
        RunStatus.RUNNING,
        null,
        Instant.now(),
        null,
        null,
        null,
        null,
        false,
        "ReLU",
        0.0,
        0.2,
        1_000,
        42,
        null,
        null);
  }
}
