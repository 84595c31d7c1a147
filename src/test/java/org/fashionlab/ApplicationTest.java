package org.fashionlab;

import static org.assertj.core.api.Assertions.assertThat;

import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
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
  }
}
