package org.fashionlab.queue;

/** A run was refused because a limit of the queue is reached; the message names the limit. */
public final class QueueLimitException extends IllegalStateException {

  public QueueLimitException(String message) {
    super(message);
  }
}
