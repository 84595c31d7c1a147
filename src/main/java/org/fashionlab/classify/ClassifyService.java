package org.fashionlab.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fashionlab.account.Scope;
import org.fashionlab.account.WorkAccess;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.springframework.stereotype.Service;

/**
 * Classifies uploaded photos with every finished model (or a chosen few): decodes and checks the
 * file, preprocesses it the way Fashion-MNIST looks, asks each model, and keeps the upload with the
 * answers.
 */
@Service
public class ClassifyService {

  public static final int TOP = 3;

  private final ImageDecoder decoder;
  private final PhotoPreprocessor preprocessor = new PhotoPreprocessor();
  private final RunService runs;
  private final UploadStore store;
  private final RunAccess access;
  private final WorkAccess work;
  private final ClassifyProperties properties;

  public ClassifyService(
      ClassifyProperties properties,
      RunService runs,
      UploadStore store,
      RunAccess access,
      WorkAccess work) {
    this.decoder = new ImageDecoder(properties);
    this.properties = properties;
    this.runs = runs;
    this.store = store;
    this.access = access;
    this.work = work;
  }

  public ClassifyProperties limits() {
    return properties;
  }

  /**
   * Finished runs with a saved model that the signed-in person may use, newest first: their own,
   * those shared with them and, for a teacher, their classes'.
   */
  public List<RunSummary> models() {
    return runs.predictable(access.list(Scope.CLASS));
  }

  /**
   * Classifies a photo.
   *
   * @param runIds the models to ask; empty for every finished model
   * @throws ImageRefusedException when the file is not a usable image, with the reason
   */
  public Classification classify(byte[] bytes, String owner, Collection<UUID> runIds) {
    ImageDecoder.Decoded decoded = decoder.decode(bytes);
    PhotoPreprocessor.Result prepared =
        preprocessor.process(decoded.image(), decoded.orientation());
    List<ModelPrediction> predictions = new ArrayList<>();
    for (RunSummary run : chosen(runIds)) {
      float[] probabilities = runs.predict(run.id(), List.of(prepared.input())).get(0);
      predictions.add(
          new ModelPrediction(run.id(), run.name(), run.architecture(), top(probabilities, TOP)));
    }
    UploadStore.Stored stored =
        store.save(bytes, owner, work.accountId(owner), decoded, prepared.input(), predictions);
    List<String> notes = new ArrayList<>(decoded.notes());
    if (!stored.notice().isEmpty()) {
      notes.add(stored.notice());
    }
    return new Classification(
        stored.id(),
        prepared.steps(),
        prepared.input(),
        predictions,
        agreement(predictions),
        notes);
  }

  private List<RunSummary> chosen(Collection<UUID> runIds) {
    if (runIds == null || runIds.isEmpty()) {
      return models();
    }
    // One listing vets the usual choice (every model on the page) at once: 40 runs looked up and
    // checked one by one took 200-440 ms of the Classify page's 300.
    Map<UUID, RunSummary> listed =
        access.list(Scope.CLASS).stream()
            .collect(Collectors.toMap(RunSummary::id, r -> r, (first, again) -> first));
    List<RunSummary> chosen = new ArrayList<>();
    for (UUID id : runIds) {
      chosen.add(listed.containsKey(id) ? listed.get(id) : access.readable(id));
    }
    java.util.Set<UUID> withModel = runs.withModels(runIds);
    for (RunSummary run : chosen) {
      if (!withModel.contains(run.id())) {
        throw new IllegalArgumentException("Run \"" + run.name() + "\" has no trained model.");
      }
    }
    return chosen;
  }

  /**
   * Earlier uploads the signed-in person sees in {@code scope}, newest first: their own; a
   * teacher's whole-class scope adds their classes'.
   */
  public List<UploadRecord> history(Scope scope) {
    return store.recent(work.managedOwners(work.viewer(), scope));
  }

  /** An upload the signed-in person may see (uploads are never shared: uploader or teacher). */
  public UploadRecord upload(UUID uploadId) {
    UploadRecord upload =
        store.find(uploadId).orElseThrow(() -> new NoSuchElementException("No upload " + uploadId));
    work.requireRead(work.viewer(), upload.ownerId(), false, "upload");
    return upload;
  }

  /** Deletes an upload's file and row: the uploader's, or their teacher's, only. */
  public void delete(UUID uploadId) {
    work.requireManage(work.viewer(), store.ownerOf(uploadId), "upload");
    store.delete(uploadId);
  }

  static List<ModelPrediction.ClassProbability> top(float[] probabilities, int k) {
    return IntStream.range(0, probabilities.length)
        .boxed()
        .sorted(Comparator.comparingDouble(i -> -probabilities[i]))
        .limit(k)
        .map(
            i ->
                new ModelPrediction.ClassProbability(
                    i, FashionClass.of(i).label(), probabilities[i]))
        .toList();
  }

  /** "All 3 models say Sneaker." or "The models disagree: 2 say Sneaker, 1 says Sandal." */
  static String agreement(List<ModelPrediction> predictions) {
    if (predictions.isEmpty()) {
      return "No trained models yet: train one on the Train page, then upload again.";
    }
    Map<String, Long> votes =
        predictions.stream()
            .collect(
                Collectors.groupingBy(
                    p -> p.best().className(), LinkedHashMap::new, Collectors.counting()));
    if (votes.size() == 1) {
      String label = votes.keySet().iterator().next();
      return predictions.size() == 1
          ? "The model says " + label + "."
          : "All " + predictions.size() + " models say " + label + ".";
    }
    return "The models disagree: "
        + votes.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(e -> e.getValue() + (e.getValue() == 1 ? " says " : " say ") + e.getKey())
            .collect(Collectors.joining(", "))
        + ".";
  }
}
