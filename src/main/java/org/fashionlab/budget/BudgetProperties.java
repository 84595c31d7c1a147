package org.fashionlab.budget;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The most one training may cost on this server. The defaults suit a class sharing one 2-core
 * machine: the course's models need a few hundred MB and a strong two-block CNN well under 1 GB,
 * while a network that would take the host down is refused before anything is allocated.
 *
 * @param maxParameters trainable parameters of one network (also bounds imported archives)
 * @param maxTrainingMemory estimated peak memory of one training, e.g. "2GB" or "512MB"
 * @param maxMultiplyAddsPerEpoch multiply-adds of one epoch, forward and backward (5e12 is about
 *     ten minutes on two cores)
 */
@Validated
@ConfigurationProperties("fashionlab.budget")
public record BudgetProperties(
    @DefaultValue("25000000") @Min(1000) long maxParameters,
    @DefaultValue("2GB") @NotNull DataSize maxTrainingMemory,
    @DefaultValue("5e12") @Positive double maxMultiplyAddsPerEpoch) {

  /** The classroom defaults, as when nothing is configured. */
  public static BudgetProperties defaults() {
    return new BudgetProperties(25_000_000, DataSize.ofGigabytes(2), 5e12);
  }
}
