package org.fashionlab.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Everything needed to build and train one model.
 *
 * @param name a name the student recognises, e.g. "Course MLP"
 * @param network the architecture
 * @param training how it is trained
 */
public record ModelSpec(
    @NotBlank(message = "give the model a name")
        @Size(max = 80, message = "the name can have at most 80 characters")
        String name,
    @NotNull(message = "choose an architecture") @Valid NetworkSpec network,
    @NotNull(message = "set the training options") @Valid TrainingSettings training) {

  public ModelSpec withName(String newName) {
    return new ModelSpec(newName, network, training);
  }

  public ModelSpec withNetwork(NetworkSpec newNetwork) {
    return new ModelSpec(name, newNetwork, training);
  }

  public ModelSpec withTraining(TrainingSettings newTraining) {
    return new ModelSpec(name, network, newTraining);
  }
}
