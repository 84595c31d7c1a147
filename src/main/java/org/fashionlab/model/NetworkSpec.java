package org.fashionlab.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The architecture of a network: a multilayer perceptron or a convolutional network. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = MlpSpec.class, name = "mlp"),
  @JsonSubTypes.Type(value = CnnSpec.class, name = "cnn")
})
public sealed interface NetworkSpec permits MlpSpec, CnnSpec {

  /** "MLP" or "CNN". */
  String kindLabel();
}
