package org.fashionlab.budget;

import java.util.ArrayList;
import java.util.List;
import org.fashionlab.model.CnnSpec;
import org.fashionlab.model.InvalidSpecException;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecValidator;
import org.fashionlab.model.SpecViolation;
import org.springframework.stereotype.Component;

/**
 * Holds every training to the server's {@link BudgetProperties}: the training service at submit,
 * the study planner per trial, the archive import before a block is built, and the Train and Tune
 * pages while the student types. Refusals say the figure, the limit and what to reduce.
 */
@Component
public class ComputeBudgets {

  /** The field a budget refusal points at: the network as a whole. */
  public static final String FIELD = "network";

  private final BudgetProperties limits;

  public ComputeBudgets(BudgetProperties limits) {
    this.limits = limits;
  }

  public BudgetProperties limits() {
    return limits;
  }

  /** The cost of training {@code spec}; its fields must be individually valid. */
  public ComputeBudget estimate(ModelSpec spec) {
    return ComputeBudget.of(spec);
  }

  /**
   * Why {@code spec} exceeds the limits, empty when it fits or when it has other problems (those
   * come from {@link SpecValidator}, and the cost of an invalid spec is not defined).
   */
  public List<SpecViolation> violations(ModelSpec spec) {
    if (!SpecValidator.violations(spec, true).isEmpty()) {
      return List.of();
    }
    ComputeBudget budget = estimate(spec);
    boolean cnn = spec.network() instanceof CnnSpec;
    List<SpecViolation> found = new ArrayList<>();
    if (budget.parameters() > limits.maxParameters()) {
      found.add(
          refusal(
              "This network has %s parameters (limit %s): %s."
                  .formatted(
                      Quantities.count(budget.parameters()),
                      Quantities.count(limits.maxParameters()),
                      cnn
                          ? "use fewer filters, more pooling before the dense layers, or smaller"
                              + " dense layers"
                          : "use fewer or smaller hidden layers")));
    }
    long memory = limits.maxTrainingMemory().toBytes();
    if (budget.peakBytes() > memory) {
      found.add(
          refusal(
              "This network needs about %s while training (limit %s): %s."
                  .formatted(
                      Quantities.bytes(budget.peakBytes()),
                      Quantities.bytes(memory),
                      memoryAdvice(budget, cnn))));
    }
    if (budget.multiplyAddsPerEpoch() > limits.maxMultiplyAddsPerEpoch()) {
      found.add(
          refusal(
              "One epoch needs about %s multiply-adds (limit %s): %s."
                  .formatted(
                      Quantities.count(budget.multiplyAddsPerEpoch()),
                      Quantities.count(limits.maxMultiplyAddsPerEpoch()),
                      cnn
                          ? "use fewer filters or smaller kernels, pool earlier, or train on fewer"
                              + " images"
                          : "use smaller layers or train on fewer images")));
    }
    return found;
  }

  /**
   * Refuses a spec over the limits.
   *
   * @throws InvalidSpecException saying which limit, by how much and what to reduce
   */
  public ModelSpec require(ModelSpec spec) {
    List<SpecViolation> found = violations(spec);
    if (!found.isEmpty()) {
      throw new InvalidSpecException(found);
    }
    return spec;
  }

  /** The cost as one line: "101,770 parameters · about 150 MB of 2 GB · 18 billion ...". */
  public String describe(ComputeBudget budget) {
    return "%s parameters · about %s of %s memory while training · %s multiply-adds per epoch"
        .formatted(
            Quantities.count(budget.parameters()),
            Quantities.bytes(budget.peakBytes()),
            Quantities.bytes(limits.maxTrainingMemory().toBytes()),
            Quantities.count(budget.multiplyAddsPerEpoch()));
  }

  /**
   * The largest parameter file a network within the limits can have: 32-bit floats for every
   * trainable parameter (batch-norm statistics and DJL's headers fit in an import's slack).
   */
  public long maxParameterBytes() {
    return limits.maxParameters() * Float.BYTES;
  }

  private static String memoryAdvice(ComputeBudget budget, boolean cnn) {
    if (budget.activationsDominate()) {
      return cnn
          ? "use a smaller batch size, fewer filters, or pooling in the first blocks"
          : "use a smaller batch size or smaller layers";
    }
    return cnn
        ? "use fewer filters, more pooling before the dense layers, or smaller dense layers"
        : "use fewer or smaller hidden layers, or a smaller batch size";
  }

  private static SpecViolation refusal(String message) {
    return new SpecViolation(FIELD, message);
  }
}
