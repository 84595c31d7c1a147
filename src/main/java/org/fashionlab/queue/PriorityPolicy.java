package org.fashionlab.queue;

import com.github.kagkarlsson.scheduler.task.Priority;

/**
 * The queue priority of a person's runs: db-scheduler runs higher values first, so a teacher's
 * demonstration need not wait behind the class.
 */
@FunctionalInterface
public interface PriorityPolicy {

  /** The priority of ordinary runs. */
  int NORMAL = Priority.MEDIUM;

  /** The priority of preferred runs (a teacher's). */
  int PREFERRED = Priority.HIGH;

  /** {@link #NORMAL} or {@link #PREFERRED}. */
  int priorityOf(String owner);
}
