package org.fashionlab.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fashionlab.TestAccounts;
import org.fashionlab.budget.BudgetSpecs;
import org.fashionlab.model.InvalidSpecException;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.OptimizerKind;
import org.fashionlab.model.Presets;
import org.fashionlab.model.TrainingSettings;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunStatus;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.training.SleepingTrainer;
import org.fashionlab.training.TrainingRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queue on role=all (the web process is the one worker) with a trainer that sleeps per batch:
 * fair order across owners, limits, the teacher's priority, cancel and delete at any moment.
 */
@SpringBootTest(properties = "fashionlab.storage.data-dir=target/test-data/fair-queue")
class FairQueueTest {

  @TestConfiguration
  static class Stub {
    @Bean
    @Primary
    SleepingTrainer sleepingTrainer() {
      return new SleepingTrainer();
    }

    @Bean
    @Primary
    PriorityPolicy teacherFirst() {
      return owner ->
          owner.startsWith("teacher") ? PriorityPolicy.PREFERRED : PriorityPolicy.NORMAL;
    }
  }

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired TrainingQueue queue;
  @Autowired RunService runs;
  @Autowired SleepingTrainer trainer;
  @Autowired JdbcTemplate jdbc;
  private final List<UUID> mine = new ArrayList<>();

  @BeforeEach
  void quickRuns() {
    trainer.pace(20, 5);
    trainer.started.clear();
  }

  @AfterEach
  void cleanUp() {
    mine.forEach(
        id -> runs.summary(id).filter(r -> r.status().isActive()).ifPresent(r -> queue.cancel(id)));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> runs.list().stream().noneMatch(r -> r.status().isActive()));
  }

  private static ModelSpec spec(String name, int epochs) {
    return Presets.COURSE_MLP
        .withName(name)
        .withTraining(Presets.COURSE_MLP.training().withEpochs(epochs).withTrainingLimit(1_000));
  }

  private RunSummary submit(String name, String owner, int epochs) {
    RunSummary run = queue.submit(spec(name, epochs), TestAccounts.person(context, owner));
    mine.add(run.id());
    return run;
  }

  private RunSummary awaitStatus(UUID id, RunStatus status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> runs.summary(id).orElseThrow().status() == status);
    return runs.summary(id).orElseThrow();
  }

  /** A long run of someone else that keeps the one worker busy until cancelled. */
  private RunSummary blocker() {
    RunSummary blocker = submit("blocker", "zoe", 100);
    awaitStatus(blocker.id(), RunStatus.RUNNING);
    return blocker;
  }

  @Test
  void runsOfSeveralOwnersTakeTurns() {
    // Accounts first: creating one (a password hash) takes longer than a stub run.
    List.of("owner-A", "owner-B", "owner-C").forEach(o -> TestAccounts.person(context, o));
    for (String name : List.of("A1", "A2", "A3", "B1", "C1")) {
      submit(name, "owner-" + name.charAt(0), 1);
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> trainer.started.size() == 5);
    assertThat(trainer.started).containsExactly("A1", "B1", "C1", "A2", "A3");
    mine.forEach(id -> assertThat(runs.summary(id).orElseThrow().status()).isNotNull());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                mine.stream()
                    .allMatch(id -> runs.summary(id).orElseThrow().status() == RunStatus.FINISHED));
  }

  @Test
  void aWaitingRunKnowsItsPlaceAndWhoIsAhead() {
    RunSummary blocker = blocker();
    RunSummary a1 = submit("A1", "ann", 1);
    RunSummary a2 = submit("A2", "ann", 1);
    RunSummary b1 = submit("B1", "bob", 1);
    assertThat(queue.standing(a1.id()).orElseThrow())
        .extracting(QueueStanding::position, QueueStanding::runsAhead, QueueStanding::ownersAhead)
        .containsExactly(1, 0, 0);
    assertThat(queue.standing(b1.id()).orElseThrow())
        .extracting(QueueStanding::position, QueueStanding::runsAhead, QueueStanding::ownersAhead)
        .containsExactly(2, 1, 1);
    assertThat(queue.standing(a2.id()).orElseThrow())
        .extracting(QueueStanding::position, QueueStanding::runsAhead, QueueStanding::ownersAhead)
        .containsExactly(3, 2, 2);
    assertThat(queue.standing(blocker.id())).isEmpty();
  }

  @Test
  void anOwnerWithFiveRunsWaitingIsToldTheLimit() {
    blocker();
    for (int i = 1; i <= 5; i++) {
      submit("D" + i, "dana", 1);
    }
    int before = runs.list().size();
    assertThatThrownBy(() -> submit("D6", "dana", 1))
        .isInstanceOf(QueueLimitException.class)
        .hasMessageContaining("5 runs waiting")
        .hasMessageContaining("fashionlab.queue.max-queued-per-owner = 5");
    assertThat(runs.list()).hasSize(before);
    // Someone else is not held up by dana's limit.
    submit("E1", "eve", 1);
  }

  @Test
  void theTeachersRunJumpsTheQueue() {
    blocker();
    submit("A1", "ann", 1);
    submit("B1", "bob", 1);
    submit("T1", "teacher", 1);
    trainer.started.clear();
    queue.cancel(mine.get(0));
    await().atMost(Duration.ofSeconds(30)).until(() -> trainer.started.size() == 3);
    assertThat(trainer.started).containsExactly("T1", "A1", "B1");
  }

  @Test
  void aCancelledQueuedRunNeverStartsAndLeavesNoExecution() {
    blocker();
    RunSummary waiting = submit("never", "nina", 1);
    assertThat(queue.cancel(waiting.id())).isTrue();
    assertThat(runs.summary(waiting.id()).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(executions(waiting.id())).isZero();
    queue.cancel(mine.get(0));
    awaitStatus(mine.get(0), RunStatus.CANCELLED);
    assertThat(trainer.started).doesNotContain("never");
  }

  @Test
  void aCancelReachesTheTrainingWithinOneBatchAndASecond() {
    trainer.pace(50, 1_000);
    RunSummary run = submit("long", "olga", 5);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> runs.progress(run.id()).orElseThrow().batch() != null);
    long asked = System.nanoTime();
    assertThat(queue.cancel(run.id())).isTrue();
    RunSummary cancelled = awaitStatus(run.id(), RunStatus.CANCELLED);
    double seconds = (System.nanoTime() - asked) / 1e9;
    System.out.printf("cancel reached the training after %.3f s%n", seconds);
    assertThat(seconds).isLessThan(0.05 + 1.0);
    assertThat(cancelled.message()).matches("Cancelled after \\d+ batches\\.");
  }

  @Test
  void deletingAQueuedOrRunningRunLeavesNoRowAndNoExecution() {
    trainer.pace(50, 1_000);
    RunSummary running = submit("deleted while training", "rita", 5);
    awaitStatus(running.id(), RunStatus.RUNNING);
    RunSummary waiting = submit("deleted while waiting", "walt", 1);
    queue.delete(waiting.id());
    queue.delete(running.id());
    assertThat(runs.summary(waiting.id())).isEmpty();
    assertThat(runs.summary(running.id())).isEmpty();
    assertThat(executions(waiting.id())).isZero();
    // The worker learns at its next write that the run is gone, stops, and removes the execution.
    await().atMost(Duration.ofSeconds(10)).until(() -> executions(running.id()) == 0);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM run_losses WHERE run_id = ?", Integer.class, running.id()))
        .isZero();
  }

  @Test
  void aRunDeletedWhileItIsTestedStoresNoModelAndAFinishedRunDoes() throws Exception {
    trainer.pace(10, 2);
    RunSummary kept = submit("kept", "kora", 1);
    awaitStatus(kept.id(), RunStatus.FINISHED);
    assertThat(storedModels(kept.id())).isOne();

    CountDownLatch tested = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    trainer.holdTheEnd(tested, release);
    RunSummary deleted = submit("deleted while tested", "dora", 1);
    assertThat(tested.await(30, TimeUnit.SECONDS)).isTrue();
    queue.delete(deleted.id());
    release.countDown();

    await().atMost(Duration.ofSeconds(10)).until(() -> executions(deleted.id()) == 0);
    assertThat(runs.summary(deleted.id())).isEmpty();
    assertThat(storedModels(deleted.id())).isZero();
    assertThat(runs.canPredict(deleted.id())).isFalse();
  }

  private int storedModels(UUID id) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM run_models WHERE run_id = ?", Integer.class, id);
  }

  @Test
  void theEstimatedStartOfWaitingRunsIsCloseToTheActualOne() {
    trainer.pace(40, 10); // every run: 2 epochs of 10 batches, about a second
    // Batch 64 sets these runs apart from the other tests' (which the stub paces differently):
    // the estimate learns only from runs like them, as it would on a real server.
    java.util.function.BiFunction<String, String, RunSummary> submit64 =
        (name, owner) -> {
          ModelSpec spec = spec(name, 2);
          RunSummary run =
              queue.submit(
                  spec.withTraining(spec.training().withBatchSize(64)),
                  TestAccounts.person(context, owner));
          mine.add(run.id());
          return run;
        };
    List.of("cal", "fay", "gus", "hal", "ivy").forEach(o -> TestAccounts.person(context, o));
    RunSummary calibration = submit64.apply("calibration", "cal");
    awaitStatus(calibration.id(), RunStatus.FINISHED);
    List<RunSummary> waiting = new ArrayList<>();
    RunSummary first = submit64.apply("first", "fay");
    for (String owner : List.of("gus", "hal", "ivy")) {
      waiting.add(submit64.apply("after " + owner, owner));
    }
    java.util.Map<UUID, java.time.Instant> estimated = new java.util.HashMap<>();
    for (RunSummary run : waiting) {
      estimated.put(run.id(), queue.standing(run.id()).orElseThrow().estimatedStart());
    }
    for (RunSummary run : waiting) {
      awaitStatus(run.id(), RunStatus.FINISHED);
      java.time.Instant actual = runs.progress(run.id()).orElseThrow().startedAt();
      double error =
          java.time.Duration.between(actual, estimated.get(run.id())).toMillis() / 1000.0;
      double wait = java.time.Duration.between(run.createdAt(), actual).toMillis() / 1000.0;
      System.out.printf("%s: waited %.2f s, estimate %+.2f s off%n", run.name(), wait, error);
      assertThat(Math.abs(error)).isLessThan(0.5 + 0.25 * wait);
    }
    assertThat(runs.summary(first.id()).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
  }

  @Test
  void theTimeLeftWhileTrainingIsCloseToTheTimeItThenTakes() {
    trainer.pace(25, 20); // 3 epochs of 20 batches and a test pass: about 1.6 s
    RunSummary run = submit("eta", "etta", 3);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              var p = runs.progress(run.id()).orElseThrow();
              return p.epoch() != null && p.epoch() == 2 && p.etaSeconds() != null;
            });
    long at = System.nanoTime();
    double eta = runs.progress(run.id()).orElseThrow().etaSeconds();
    awaitStatus(run.id(), RunStatus.FINISHED);
    double actual = (System.nanoTime() - at) / 1e9;
    System.out.printf("time left said %.2f s in epoch 2; the run then took %.2f s%n", eta, actual);
    assertThat(eta).isCloseTo(actual, org.assertj.core.data.Offset.offset(0.3 + 0.3 * actual));
  }

  @Test
  void anInvalidSpecOrOneOverTheComputeBudgetIsRefusedAndNothingIsStored() {
    String owner = TestAccounts.person(context, "bea");
    int rows = runs.list().size();
    int executions = allExecutions();
    ModelSpec bad =
        Presets.COURSE_MLP.withTraining(
            new TrainingSettings(OptimizerKind.ADAM, -1, 0, 0, 32, 0, 1, 0, 0));

    assertThatThrownBy(() -> queue.submit(bad, owner))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("learning rate must be greater than 0")
        .hasMessageContaining("train for 1 to 100 epochs");
    assertThatThrownBy(() -> queue.submit(BudgetSpecs.hugeCnn(), owner))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("This network has 882 million parameters (limit 25 million)")
        .hasMessageContaining("multiply-adds (limit 5 trillion)");
    // all or none: one refused trial refuses the batch
    assertThatThrownBy(
            () ->
                queue.submitAll(
                    List.of(
                        TrainingRequest.of(spec("fits", 1), owner),
                        TrainingRequest.of(BudgetSpecs.hugeCnn(), owner))))
        .isInstanceOf(InvalidSpecException.class);

    assertThat(runs.list()).hasSize(rows);
    assertThat(allExecutions()).isEqualTo(executions);
    assertThat(trainer.started).isEmpty();
  }

  private int allExecutions() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks", Integer.class);
  }

  private int executions(UUID runId) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?",
        Integer.class,
        runId.toString());
  }
}
