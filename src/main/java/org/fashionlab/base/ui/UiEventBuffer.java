package org.fashionlab.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Collects items from background threads and hands them to the UI in batches, at most once per
 * interval, so a busy producer cannot flood the browser with pushes.
 *
 * @param <T> the items, e.g. training events
 */
public final class UiEventBuffer<T> implements AutoCloseable {

  private static final ScheduledExecutorService SCHEDULER =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "ui-event-buffer");
            thread.setDaemon(true);
            return thread;
          });

  private final UI ui;
  private final long intervalMillis;
  private final Consumer<List<T>> consumer;
  private final ConcurrentLinkedQueue<T> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile boolean closed;

  /**
   * @param ui the UI whose session lock the consumer runs under
   * @param intervalMillis the least time between two deliveries
   * @param consumer receives the items in arrival order, inside {@code ui.access}
   */
  public UiEventBuffer(UI ui, long intervalMillis, Consumer<List<T>> consumer) {
    this.ui = ui;
    this.intervalMillis = intervalMillis;
    this.consumer = consumer;
  }

  /** Queues an item; callable from any thread. */
  public void offer(T item) {
    if (closed) {
      return;
    }
    pending.add(item);
    if (scheduled.compareAndSet(false, true)) {
      SCHEDULER.schedule(this::deliver, intervalMillis, TimeUnit.MILLISECONDS);
    }
  }

  private void deliver() {
    scheduled.set(false);
    if (closed) {
      return;
    }
    try {
      ui.access(
          () -> {
            List<T> batch = new ArrayList<>();
            for (T item = pending.poll(); item != null; item = pending.poll()) {
              batch.add(item);
            }
            if (!batch.isEmpty() && !closed) {
              consumer.accept(batch);
            }
          });
    } catch (UIDetachedException e) {
      close();
    }
  }

  @Override
  public void close() {
    closed = true;
    pending.clear();
  }
}
