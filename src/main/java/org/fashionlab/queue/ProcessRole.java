package org.fashionlab.queue;

import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * What one process of the same jar does ({@code fashionlab.role}): {@code all} serves pages and
 * trains (the default, one process), {@code web} serves pages and the API and trains nothing,
 * {@code worker} has no web server and trains runs from the queue, one at a time.
 */
public enum ProcessRole {
  ALL,
  WEB,
  WORKER;

  static final String PROPERTY = "fashionlab.role";

  /** Whether this process takes runs from the queue and trains them. */
  public boolean trains() {
    return this != WEB;
  }

  /** Whether this process serves pages and the API. */
  public boolean serves() {
    return this != WORKER;
  }

  /** The role the environment names; {@code all} when it names none. */
  public static ProcessRole of(Environment environment) {
    String value = environment.getProperty(PROPERTY, "all").strip().toUpperCase(Locale.ROOT);
    try {
      return valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          PROPERTY + " must be all, web or worker, not \"" + value.toLowerCase(Locale.ROOT) + "\"");
    }
  }
}
