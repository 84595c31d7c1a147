package org.fashionlab.training;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A progress sink that keeps every report, and stops the training when a condition says so. */
public final class RecordingSink implements ProgressSink {

  public final List<Object> reports = new CopyOnWriteArrayList<>();
  private volatile Predicate<RecordingSink> stopWhen = s -> false;

  /** Stops the training at the first batch check after {@code condition} holds. */
  public RecordingSink stopWhen(Predicate<RecordingSink> condition) {
    this.stopWhen = condition;
    return this;
  }

  @Override
  public void started(TrainingStart start) {
    reports.add(start);
  }

  @Override
  public void phase(TrainingPhase phase) {
    reports.add(phase);
  }

  @Override
  public void batches(BatchProgress progress) {
    reports.add(progress);
  }

  @Override
  public void epochEnded(EpochMetrics metrics) {
    reports.add(metrics);
  }

  @Override
  public boolean stopRequested() {
    return stopWhen.test(this);
  }

  public <T> List<T> of(Class<T> type) {
    return reports.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
