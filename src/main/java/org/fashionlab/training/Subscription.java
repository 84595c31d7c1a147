package org.fashionlab.training;

/** Ends a subscription to training events; closing twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

  /** Stops the delivery of events; never throws. */
  @Override
  void close();
}
