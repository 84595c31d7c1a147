package org.fashionlab.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import org.fashionlab.lab.LabExercise;
import org.fashionlab.lab.LabExercises;

/**
 * The course's Lab 5 as a ready-made assignment: the sheet's exercises as instructions, and the
 * target of its exercises 6 to 9: model2, a CNN trained for 10 epochs, that beats the test accuracy
 * the sheet reports for its MLP (0.8705).
 */
final class Lab5Assignment {

  static final String TITLE = "Lab 5: image recognition with Fashion-MNIST";

  /** The sheet's MLP reaches this on the test set; model2 should do better. */
  static final double SHEET_MLP_TEST_ACCURACY = 0.8705;

  static final int SHEET_EPOCHS = 10;

  /** Two weeks, a usual time for a lab sheet. */
  static final Duration DEFAULT_TIME = Duration.ofDays(14);

  private Lab5Assignment() {}

  static NewAssignment forClass(UUID classId, Instant now) {
    return new NewAssignment(
        classId,
        TITLE,
        instructions(),
        now.plus(DEFAULT_TIME),
        true,
        new Target(SHEET_MLP_TEST_ACCURACY, null, null, ModelKind.CNN, SHEET_EPOCHS),
        HandIn.LAB5);
  }

  static String instructions() {
    String exercises =
        LabExercises.all().stream().map(Lab5Assignment::line).collect(Collectors.joining("\n"));
    return "Work through the Lab 5 sheet in the app and answer each exercise in the hand-in."
        + " Submit your model2: a CNN (conv 32 filters 3x3, relu, max-pool 2x2, dense, dense"
        + " softmax) compiled with RMSprop and trained for "
        + SHEET_EPOCHS
        + " epochs with validation_split = 0.2. Choose it on validation accuracy: the test set"
        + " stays locked until you submit.\n"
        + exercises;
  }

  private static String line(LabExercise exercise) {
    return exercise.number() + ". " + exercise.title() + ": " + exercise.question();
  }
}
