package org.fashionlab.lab;

import static org.fashionlab.lab.LabPlace.at;
import static org.fashionlab.lab.LabPlace.pending;

import java.util.List;

/** The exercises of the course's Lab 5 sheet (Fashion-MNIST), in the sheet's order. */
public final class LabExercises {

  public static final String MLP_THEORY = "MLP: theory";
  public static final String CARET = "Exercise 1: MLPs, tuned as with caret";
  public static final String CNN_THEORY = "Convolutional networks: theory";
  public static final String KERAS = "Exercises 2 to 10: the keras lab";

  private static final String RUN_PAGE =
      "coming: a page per run (/runs/{id}) that draws a trained run's network and curves";

  private static final List<LabExercise> ALL =
      List.of(
          new LabExercise(
              "q1",
              MLP_THEORY,
              "Q1",
              "A one-layer MLP",
              "Plot a one-layer MLP and write its mathematical expression.",
              List.of(
                  at("the 784-128-10 MLP drawn, with its formula", "learn", "mlp"),
                  at("any network drawn while you configure it", "train", "network-diagram"))),
          new LabExercise(
              "q2",
              MLP_THEORY,
              "Q2",
              "Activation functions",
              "Which activation functions are the most common, which the most popular? Plot them.",
              List.of(at("the functions plotted with their derivatives", "learn", "activations"))),
          new LabExercise(
              "q3",
              MLP_THEORY,
              "Q3",
              "Input and output layer",
              "What are the input layer and the output layer of an MLP?",
              List.of(at("the layers of the course MLP explained", "learn", "mlp"))),
          new LabExercise(
              "q4",
              MLP_THEORY,
              "Q4",
              "Backpropagation",
              "What is backpropagation in a neural network?",
              List.of(at("one step worked out by the app", "learn", "backprop"))),
          new LabExercise(
              "ex1-nodes",
              CARET,
              "1.1",
              "Best number of nodes",
              "MLP with one layer: which number of nodes is best?",
              List.of(at("a study of nodes per layer on the Course MLP", "tune", null))),
          new LabExercise(
              "ex1-rate",
              CARET,
              "1.2",
              "Best learning rate and nodes",
              "MLP with one layer: which learning rate and number of nodes are best?",
              List.of(
                  at(
                      "the page's first study: nodes x learning rate, a line per rate",
                      "tune",
                      null))),
          new LabExercise(
              "ex1-three",
              CARET,
              "1.3",
              "Three layers",
              "MLP with 3 layers: which number of nodes is best?",
              List.of(
                  at("a study with the 3-layer MLP as base model", "tune", null),
                  at("the 3-layer MLP preset", "train?preset=3-layer+MLP", "network-diagram"))),
          new LabExercise(
              "ex1-plot",
              CARET,
              "1.4",
              "Plot the three MLPs",
              "Plot each of the three MLPs.",
              List.of(
                  at(
                      "each network drawn on the Train page (a preset, or Train a copy of a run)",
                      "train",
                      "network-diagram"),
                  pending(RUN_PAGE))),
          new LabExercise(
              "ex1-predict",
              CARET,
              "1.5",
              "Predict the test set",
              "Predict values using the testing sample.",
              List.of(
                  at(
                      "after training: the 10,000 test images predicted, the first 25 shown",
                      "train",
                      "results"))),
          new LabExercise(
              "ex1-confusion",
              CARET,
              "1.6",
              "Confusion matrices",
              "Show the confusion matrix of all of them.",
              List.of(
                  at("select runs: their confusion matrices side by side", "models", "compare"))),
          new LabExercise(
              "ex1-compare",
              CARET,
              "1.7",
              "Compare accuracy",
              "Compare the three models by overall accuracy. Which does best?",
              List.of(at("every run's test accuracy in one table", "models", "runs"))),
          new LabExercise(
              "deep-learning",
              CNN_THEORY,
              "Q5",
              "Deep learning",
              "What is deep learning in the context of machine learning?",
              List.of(at("deep learning in plain words", "learn", "deep-learning"))),
          new LabExercise(
              "cnn",
              CNN_THEORY,
              "Q6",
              "Convolutional neural networks",
              "What are convolutional neural networks?",
              List.of(
                  at("what a CNN is, with a picture", "learn", "cnn"),
                  at("the filters and feature maps of your trained CNN", "learn", "cnn-inside"))),
          new LabExercise(
              "ex2",
              KERAS,
              "2",
              "Install TensorFlow and keras",
              "Install the tensorflow and keras R packages.",
              List.of(
                  at(
                      "nothing to install: the app trains with PyTorch; copy the R keras code of"
                          + " any model here for the notebook",
                      "train",
                      "keras-code"))),
          new LabExercise(
              "ex3",
              KERAS,
              "3",
              "Obtaining data",
              "How many images for training and testing? class(x_train)? An array versus a"
                  + " matrix? The first 2 rows of x_train and y_train.",
              List.of(
                  at("dim(), class() and y_train[1:2, ] as R prints them", "data", "r-shapes"),
                  at("counts, shape and pixel range", "data", "summary"))),
          new LabExercise(
              "ex4",
              KERAS,
              "4",
              "Preprocess the data",
              "The first image's grey values 0 to 255, scaled to 0..1 by dividing by 255. Why"
                  + " not divide y_train by 255?",
              List.of(
                  at("the pixels of any image, raw or scaled", "data", "pixel-view"),
                  at("why inputs are scaled and labels one-hot encoded", "data", "summary"),
                  at("all ten one-hot vectors", "data", "label-encoding"))),
          new LabExercise(
              "display",
              KERAS,
              "4b",
              "Display the data",
              "Display the first 25 training images with their class names.",
              List.of(at("25 images at a time with their class names", "data", "images"))),
          new LabExercise(
              "ex5",
              KERAS,
              "5",
              "The last 25 images",
              "Display the last 25 images of the training set.",
              List.of(at("press \"Last 25\"", "data", "images"))),
          new LabExercise(
              "blueprint",
              KERAS,
              "5b",
              "The blueprint",
              "Input → Flatten → FC(128, relu) → FC(10, softmax).",
              List.of(
                  at("the Course MLP preset, drawn", "train?preset=Course+MLP", "network-diagram"),
                  at("its R keras code", "train?preset=Course+MLP", "keras-code"))),
          new LabExercise(
              "ex6",
              KERAS,
              "6",
              "Define model2, a CNN",
              "Input → Conv(32 filters 3x3, relu) → Pool(2x2) → Flatten → FC → FC.",
              List.of(
                  at("the Course CNN preset, drawn", "train?preset=Course+CNN", "network-diagram"),
                  at("its R keras code", "train?preset=Course+CNN", "keras-code"))),
          new LabExercise(
              "ex7",
              KERAS,
              "7",
              "Compile model2",
              "Compile with categorical_crossentropy and optimizer_rmsprop().",
              List.of(
                  at(
                      "the loss named in the form; RMSprop in the Course CNN preset",
                      "train?preset=Course+CNN",
                      "loss-note"),
                  at("cross-entropy worked on an example", "learn", "cross-entropy"))),
          new LabExercise(
              "ex8",
              KERAS,
              "8",
              "Train model2",
              "10 epochs with validation_split = 0.2. The optimal number of epochs? Loss versus"
                  + " accuracy? Why do training and validation differ?",
              List.of(
                  at(
                      "train it: the best epoch is marked on the per-epoch charts",
                      "train?preset=Course+CNN",
                      "start"),
                  at(
                      "the three questions answered on your run's curves",
                      "learn",
                      "loss-accuracy"))),
          new LabExercise(
              "ex9",
              KERAS,
              "9",
              "Evaluate model2",
              "Evaluate on the test set. Which model does best at predicting?",
              List.of(
                  at("test accuracy and loss after training", "train", "results"),
                  at("all runs compared", "models", "runs"))),
          new LabExercise(
              "ex10",
              KERAS,
              "10",
              "Predict with model2",
              "Predict the image in the 10th position of the test file.",
              List.of(
                  at("all ten probabilities, as predict() returns them", "learn", "predict"),
                  at("one test image through every model", "models", "single-image"))));

  private LabExercises() {}

  /** Every exercise of the sheet, in its order. */
  public static List<LabExercise> all() {
    return ALL;
  }

  /** The sheet's parts, in order. */
  public static List<String> parts() {
    return List.of(MLP_THEORY, CARET, CNN_THEORY, KERAS);
  }
}
