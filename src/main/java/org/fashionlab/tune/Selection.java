package org.fashionlab.tune;

/** How trials are compared: one seeded hold-out split, or k-fold cross-validation. */
public enum Selection {
  HOLD_OUT,
  K_FOLD
}
