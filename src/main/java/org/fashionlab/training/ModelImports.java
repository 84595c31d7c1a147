package org.fashionlab.training;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.translate.TranslateException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.model.JsonViolations;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecValidator;
import org.fashionlab.model.SpecViolation;
import org.fashionlab.model.StrictJson;
import org.springframework.stereotype.Component;

/**
 * Models from outside (imported archives), verified instead of trusted: the spec is read strictly
 * and held to the compute budget before anything is built, the parameter file's layout is compared
 * with the spec's network before DJL reads it, every parameter's shape and finiteness is checked,
 * and the test results are measured here by evaluating the model on the test set. One import is
 * checked at a time, so that imports cannot add up to more memory than one model's evaluation.
 */
@Component
public class ModelImports {

  /**
   * A checked model: its spec, its results on the test set measured here, and its parameter file
   * for {@link TrainedModels#store}.
   */
  public record Verified(ModelSpec spec, TestResult result, byte[] parameters) {}

  private final TrainedModels models;
  private final DatasetService datasets;
  private final ComputeBudgets budgets;
  private final ObjectMapper strict;

  public ModelImports(
      TrainedModels models, DatasetService datasets, ComputeBudgets budgets, ObjectMapper json) {
    this.models = models;
    this.datasets = datasets;
    this.budgets = budgets;
    this.strict = StrictJson.strict(json);
  }

  /**
   * Reads an archive's spec.json: strict JSON, a valid network, within the compute budget.
   *
   * @throws ModelRefusedException naming the field, the rule or the limit
   */
  public ModelSpec readSpec(byte[] specJson) {
    ModelSpec spec;
    try {
      spec = strict.readValue(specJson, ModelSpec.class);
    } catch (JsonProcessingException e) {
      SpecViolation problem = JsonViolations.violation(e);
      throw new ModelRefusedException(
          problem.field().equals(JsonViolations.BODY)
              ? (problem.message().startsWith("not valid JSON")
                  ? "spec.json is " + problem.message()
                  : "spec.json: " + problem.message())
              : "spec.json: " + problem,
          e);
    } catch (IOException e) {
      throw new ModelRefusedException("spec.json cannot be read: " + e.getMessage(), e);
    }
    List<SpecViolation> invalid = SpecValidator.violations(spec);
    if (!invalid.isEmpty()) {
      throw new ModelRefusedException(
          "spec.json is not a network Fashion Lab can train: " + join(invalid));
    }
    List<SpecViolation> over = budgets.violations(spec);
    if (!over.isEmpty()) {
      throw new ModelRefusedException(
          "spec.json asks for more than this server allows. "
              + over.stream().map(SpecViolation::message).collect(Collectors.joining(" ")));
    }
    return spec;
  }

  /**
   * Verifies an unpacked model folder: spec, parameter layout, shapes, finiteness, and the test
   * results measured here. Nothing is stored: the caller stores a verified model with its run.
   *
   * @throws ModelRefusedException naming the real cause
   */
  public synchronized Verified verify(Path dir) throws IOException {
    Path specFile = dir.resolve(TrainedModels.SPEC_FILE);
    if (!Files.isRegularFile(specFile)) {
      throw new ModelRefusedException("There is no spec.json: this is not a Fashion Lab model.");
    }
    ModelSpec spec = readSpec(Files.readAllBytes(specFile));
    TestResult result;
    Path parameters;
    String file = "the parameter file";
    try {
      parameters = ModelFolder.parameterFile(dir);
      file = parameters.getFileName().toString();
      result = measure(dir, spec);
    } catch (MalformedModelException e) {
      throw new ModelRefusedException(
          e.getMessage().startsWith(file) ? e.getMessage() : file + ": " + e.getMessage(), e);
    } catch (ModelRefusedException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ModelRefusedException(file + " cannot be used: " + e.getMessage(), e);
    }
    return new Verified(spec, result, Files.readAllBytes(parameters));
  }

  private TestResult measure(Path dir, ModelSpec spec) throws IOException, MalformedModelException {
    // Request threads start with autograd on; evaluating must not record graphs.
    JniUtils.setGradMode(false);
    try (Model model = models.open(dir, spec, true);
        Trainer trainer =
            model.newTrainer(new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss()))) {
      return ModelTrainer.evaluate(trainer, datasets.testSet(), () -> {});
    } catch (TranslateException e) {
      throw new ModelRefusedException("The model cannot be evaluated: " + e.getMessage(), e);
    }
  }

  private static String join(List<SpecViolation> violations) {
    return violations.stream().map(SpecViolation::toString).collect(Collectors.joining("; "));
  }
}
