package org.fashionlab.training;

import java.util.Optional;
import java.util.UUID;
import org.fashionlab.model.ModelSpec;

/**
 * The specs of earlier runs, as the Train page asks for them to train a copy. The registry keeps
 * the runs and implements this; training only names what it needs, so it does not depend on the
 * registry.
 */
public interface RunSpecs {

  /** The spec the run {@code runId} was trained with, or empty when there is no such run. */
  Optional<ModelSpec> spec(UUID runId);
}
