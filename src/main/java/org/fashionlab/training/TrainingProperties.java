package org.fashionlab.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.fashionlab.model.MlpSpec;
import org.fashionlab.model.ModelSpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Training settings of the server.
 *
 * @param mlpThreads PyTorch intra-op threads while training an MLP at batches under {@code
 *     mlpLargeBatch} (at batch 32, 2 threads were no faster than 1 on 2 cores: BENCHMARKS.md)
 * @param cnnThreads PyTorch intra-op threads while training a CNN (2 was fastest on 2 cores)
 * @param progressIntervalMillis at most one progress report per training this often
 * @param lossPointsPerEpoch sampled loss points per epoch for the live chart
 * @param nice the CPU priority (Linux nice value, 0-19) trainings run at, so that the pages and the
 *     API of the same host come first; 0 keeps the normal priority
 * @param mlpLargeBatchThreads PyTorch intra-op threads while training an MLP at batches of {@code
 *     mlpLargeBatch} or more (at 128 and 256, 2 threads were 15-30% faster than 1 on 2 cores)
 * @param mlpLargeBatch the batch size from which an MLP trains on {@code mlpLargeBatchThreads}
 */
@Validated
@ConfigurationProperties("fashionlab.training")
public record TrainingProperties(
    @DefaultValue("1") @Min(1) @Max(64) int mlpThreads,
    @DefaultValue("2") @Min(1) @Max(64) int cnnThreads,
    @DefaultValue("200") @Min(10) int progressIntervalMillis,
    @DefaultValue("100") @Min(1) @Max(1000) int lossPointsPerEpoch,
    @DefaultValue("10") @Min(0) @Max(19) int nice,
    @DefaultValue("2") @Min(1) @Max(64) int mlpLargeBatchThreads,
    @DefaultValue("128") @Min(1) int mlpLargeBatch) {

  /** The settings as the application has them with nothing configured (the defaults above). */
  public static TrainingProperties defaults() {
    return new Binder().bindOrCreate("fashionlab.training", TrainingProperties.class);
  }

  /** The intra-op threads a training of {@code spec} runs on. */
  public int threadsFor(ModelSpec spec) {
    if (!(spec.network() instanceof MlpSpec)) {
      return cnnThreads;
    }
    return spec.training().batchSize() >= mlpLargeBatch ? mlpLargeBatchThreads : mlpThreads;
  }
}
