package org.fashionlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.training.TrainingProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ApplicationTest {

  @Autowired DatasetService datasets;
  @Autowired TrainingProperties training;

  @Test
  void startsWithEmbeddedDefaultsAndReadsTheDataset() {
    assertThat(datasets.size(Split.TEST)).isEqualTo(10_000);
    assertThat(training.mlpThreads()).isEqualTo(1);
    assertThat(training.cnnThreads()).isEqualTo(2);
    // What the benchmarks and probes start from is what the application binds.
    assertThat(TrainingProperties.defaults()).isEqualTo(training);
  }

  @Test
  void anMlpTrainsOnTwoThreadsFromBatch128AndACnnAlways() {
    ModelSpec mlp = Presets.COURSE_MLP;
    assertThat(training.threadsFor(atBatch(mlp, 32))).isEqualTo(1);
    assertThat(training.threadsFor(atBatch(mlp, 127))).isEqualTo(1);
    assertThat(training.threadsFor(atBatch(mlp, 128))).isEqualTo(2);
    assertThat(training.threadsFor(atBatch(mlp, 256))).isEqualTo(2);
    assertThat(training.threadsFor(atBatch(Presets.COURSE_CNN, 32))).isEqualTo(2);
    assertThat(training.threadsFor(atBatch(Presets.COURSE_CNN, 256))).isEqualTo(2);
  }

  private static ModelSpec atBatch(ModelSpec spec, int batch) {
    return spec.withTraining(spec.training().withBatchSize(batch));
  }
}
