package org.fashionlab.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fashionlab.Probabilities.argMax;

import java.util.Arrays;
import java.util.List;
import org.fashionlab.TestAccounts;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.queue.TrainingQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What every database must do for runs; run against H2 and PostgreSQL. */
abstract class RunStoreContract {

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired RunService runs;
  @Autowired TrainingQueue queue;
  @Autowired RunRepository repository;
  @Autowired RunJson json;
  @Autowired DatasetService datasets;

  @Test
  void aTrainedRunIsStoredWithHistoryAndTestMetrics() {
    ModelSpec spec = RegistryFixtures.quickMlp(1_000, 2);
    RunSummary started = queue.submit(spec, TestAccounts.person(context, "ada"));
    assertThat(started.status().isActive()).isTrue();
    assertThat(started.architecture()).isEqualTo("784-128-10");
    assertThat(started.parameters()).isEqualTo(101_770);

    RunSummary done = RegistryFixtures.awaitDone(runs, started.id());
    assertThat(done.status()).isEqualTo(RunStatus.FINISHED);
    assertThat(done.owner()).isEqualTo("ada");
    assertThat(done.epochsCompleted()).isEqualTo(2);
    assertThat(done.testAccuracy()).isBetween(0.5, 1.0);
    assertThat(done.finalValidationAccuracy()).isNotNull();
    assertThat(done.trainingSeconds()).isPositive();

    RunDetails details = runs.details(started.id()).orElseThrow();
    assertThat(details.spec()).isEqualTo(spec);
    assertThat(details.history()).hasSize(2);
    assertThat(details.losses()).isNotEmpty();
    assertThat(Arrays.stream(details.confusion()).flatMapToInt(Arrays::stream).sum())
        .isEqualTo(10_000);
    assertThat(details.testPredictions()).hasSize(10_000);
    assertThat(details.perClass()).hasSize(10);
    // The stored predictions are the model's: predicting again gives the same labels.
    List<float[]> probabilities =
        runs.predict(started.id(), RegistryFixtures.testImages(datasets, 30));
    for (int i = 0; i < 30; i++) {
      assertThat(argMax(probabilities.get(i))).isEqualTo(details.testPredictions()[i]);
    }
  }

  @Test
  void rowsRoundTripEveryColumn() {
    Run run =
        json.newRun(java.util.UUID.randomUUID(), RegistryFixtures.quickMlp(500, 1), "grace", null);
    run.setStatus(RunStatus.INTERRUPTED);
    run.setCreatedAt(java.time.Instant.parse("2026-01-02T03:04:05.123456Z"));
    run.setMessage("x".repeat(20_000));
    run.setTestPredictions(new byte[] {0, 9, 5});
    repository.saveAndFlush(run);

    Run back = repository.findById(run.getId()).orElseThrow();
    assertThat(back.getMessage()).hasSize(20_000);
    assertThat(back.getTestPredictions()).containsExactly(0, 9, 5);
    assertThat(back.getCreatedAt()).isEqualTo(run.getCreatedAt());
    assertThat(json.spec(back)).isEqualTo(RegistryFixtures.quickMlp(500, 1));
    assertThat(repository.findByStatusIn(List.of(RunStatus.INTERRUPTED)))
        .extracting(Run::getId)
        .contains(run.getId());
    repository.delete(back);
  }
}
