package org.fashionlab.queue;

/** Ends a subscription to run changes; closing twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

  /** Stops the delivery; never throws. */
  @Override
  void close();
}
