package org.fashionlab.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.fashionlab.TestAccounts;
import org.fashionlab.account.AccountSummary;
import org.fashionlab.account.Accounts;
import org.fashionlab.account.ClassSummary;
import org.fashionlab.account.Classes;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.account.Scope;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.H2WebTest;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
import org.fashionlab.security.Role;
import org.fashionlab.storage.StorageProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

@H2WebTest
class ClassifyServiceTest {

  private static UUID model;

  @Autowired ClassifyService classify;
  @Autowired RunService runs;
  @Autowired TrainingQueue queue;
  @Autowired DatasetService datasets;
  @Autowired StorageProperties storage;
  @Autowired UploadRepository uploads;
  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @BeforeEach
  void trainOnce() {
    // The service answers for the signed-in person: the test student, who owns the model.
    TestAccounts.STUDENT.signIn(context);
    if (model == null) {
      model = queue.submit(RegistryFixtures.quickMlp(2_000, 1), TestAccounts.STUDENT.username).id();
      RegistryFixtures.awaitDone(runs, model);
    }
  }

  @org.junit.jupiter.api.AfterEach
  void signOut() {
    org.springframework.security.core.context.SecurityContextHolder.clearContext();
  }

  private byte[] sneakerPhoto() {
    // Test image 9 (0-based) is a sneaker.
    return ProductPhotos.encode(
        ProductPhotos.render(datasets.pixels(Split.TEST, 9), 10, 40), "png");
  }

  @Test
  void everyFinishedModelAnswersAndTheUploadIsStoredUnderAGeneratedName() throws Exception {
    byte[] photo = sneakerPhoto();
    Classification result = classify.classify(photo, TestAccounts.STUDENT.username, List.of());

    assertThat(result.predictions()).extracting(ModelPrediction::runId).contains(model);
    assertThat(result.predictions())
        .allSatisfy(
            p -> {
              assertThat(p.top()).hasSize(3);
              assertThat(p.top().get(0).probability())
                  .isGreaterThanOrEqualTo(p.top().get(1).probability());
            });
    assertThat(result.steps()).hasSize(6);
    assertThat(result.agreement()).isNotBlank();

    UploadRecord stored =
        classify.history(org.fashionlab.account.Scope.MINE).stream()
            .filter(u -> u.id().equals(result.uploadId()))
            .findFirst()
            .orElseThrow();
    assertThat(stored.owner()).isEqualTo(TestAccounts.STUDENT.username);
    assertThat(stored.sizeBytes()).isEqualTo(photo.length);
    assertThat(stored.sha256()).isEqualTo(UploadStore.sha256(photo));
    assertThat(stored.predictions()).isEqualTo(result.predictions());
    Path file = storage.uploadsDir().toAbsolutePath().resolve(result.uploadId() + ".png");
    assertThat(Files.readAllBytes(file)).isEqualTo(photo);

    classify.delete(result.uploadId());
    assertThat(file).doesNotExist();
    assertThat(classify.history(org.fashionlab.account.Scope.MINE))
        .extracting(UploadRecord::id)
        .doesNotContain(result.uploadId());
  }

  @Test
  void twoHundredTestImagesUploadedAsPngsPredictExactlyAsOnTheTestSet() {
    int[] onTestSet = runs.details(model).orElseThrow().testPredictions();
    String owner = TestAccounts.person(context, "mnist-" + shortId());
    int same = 0;
    for (int i = 0; i < 200; i++) {
      byte[] png = BadImages.eightBitPng(invert(datasets.pixels(Split.TEST, i)));
      Classification result = classify.classify(png, owner, List.of(model));
      assertThat(result.steps()).extracting(Classification.Step::title).contains("28 x 28");
      if (result.predictions().get(0).best().label() == onTestSet[i]) {
        same++;
      }
    }
    assertThat(same).isEqualTo(200);
  }

  @Test
  void anOwnersOldestUploadsAreRemovedToStayWithinTheirQuotaAndTheyAreTold() {
    String owner = TestAccounts.person(context, "quota-" + shortId());
    List<UUID> ids = new java.util.ArrayList<>();
    List<String> lastNotes = List.of();
    // Six photos of about 9 MB each: the sixth would make 54 MB, over the 50 MB each may keep.
    for (int i = 0; i < 6; i++) {
      Classification result = classify.classify(noisePhoto(i), owner, List.of(model));
      ids.add(result.uploadId());
      lastNotes = result.notes();
      if (i < 5) {
        assertThat(result.notes()).isEmpty();
      }
    }
    assertThat(lastNotes)
        .containsExactly(
            "Your oldest upload was removed to stay within the 100 uploads and 50 MB each person"
                + " may keep.");
    TestAccounts.signInAs(context, owner);
    List<UploadRecord> mine = classify.history(org.fashionlab.account.Scope.MINE);
    assertThat(mine)
        .extracting(UploadRecord::id)
        .containsExactlyInAnyOrderElementsOf(ids.subList(1, 6));
    assertThat(mine.stream().mapToLong(UploadRecord::sizeBytes).sum())
        .isLessThanOrEqualTo(50L << 20);
    assertThat(storage.uploadsDir().toAbsolutePath().resolve(ids.get(0) + ".png")).doesNotExist();
  }

  @Test
  void uploadsOlderThanTheRetentionPeriodAreRemoved() throws Exception {
    UUID old = UUID.randomUUID();
    Path file = storage.uploadsDir().toAbsolutePath().resolve(old + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, sneakerPhoto());
    Upload upload =
        new Upload(
            old,
            java.time.Instant.now().minus(java.time.Duration.ofDays(31)),
            TestAccounts.STUDENT.username,
            context
                .getBean(org.fashionlab.account.WorkAccess.class)
                .accountId(TestAccounts.STUDENT.username),
            old + ".png",
            "png");
    upload.describe(10, "0".repeat(64), 28, 28);
    upload.record(new byte[784], "[]");
    uploads.save(upload);

    classify.classify(sneakerPhoto(), TestAccounts.person(context, "someone-else"), List.of(model));

    assertThat(uploads.findById(old)).isEmpty();
    assertThat(file).doesNotExist();
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** About 9 MB of PNG: random colours do not compress. */
  private static byte[] noisePhoto(int seed) {
    java.util.Random random = new java.util.Random(seed);
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(1750, 1750, java.awt.image.BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 1750; y++) {
      for (int x = 0; x < 1750; x++) {
        image.setRGB(x, y, random.nextInt(1 << 24));
      }
    }
    byte[] png = ProductPhotos.encode(image, "png");
    assertThat(png.length).isBetween(8_800_000, 10 * 1024 * 1024);
    return png;
  }

  /** Fashion-MNIST pixels as BadImages.eightBitPng writes them (it inverts). */
  private static int[] invert(int[] pixels) {
    int[] inverted = new int[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      inverted[i] = 255 - pixels[i];
    }
    return inverted;
  }

  @Test
  void agreementSaysWhereModelsAgreeOrDisagree() {
    ModelPrediction a = prediction("a", 7);
    ModelPrediction b = prediction("b", 7);
    ModelPrediction c = prediction("c", 5);
    assertThat(ClassifyService.agreement(List.of(a, b))).isEqualTo("All 2 models say Sneaker.");
    assertThat(ClassifyService.agreement(List.of(a, b, c)))
        .isEqualTo("The models disagree: 2 say Sneaker, 1 says Sandal.");
    assertThat(ClassifyService.agreement(List.of())).contains("No trained models yet");
  }

  /** Signs {@code username} in and uploads the sneaker photo as them; the upload's id. */
  private UUID uploadAs(String username) {
    TestAccounts.signInAs(context, username);
    return classify.classify(sneakerPhoto(), username, List.of()).uploadId();
  }

  private List<UUID> historyIds(String viewer, Scope scope) {
    TestAccounts.signInAs(context, viewer);
    return classify.history(scope).stream().map(UploadRecord::id).toList();
  }

  @Test
  void aTeacherSeesAndManagesTheirClassesUploadsOnlyAndAStudentOnlyTheirOwn() {
    Accounts accounts = context.getBean(Accounts.class);
    Classes classes = context.getBean(Classes.class);
    AccountSummary teacher =
        accounts.create("scope-teacher", "Scope Teacher", TestAccounts.PASSWORD, Role.TEACHER);
    AccountSummary other =
        accounts.create("scope-other", "Other Teacher", TestAccounts.PASSWORD, Role.TEACHER);
    ClassSummary mine = classes.create(teacher.id(), "Upload scope class");
    ClassSummary theirs = classes.create(other.id(), "Another class");
    classes.join(mine.joinCode(), "scope-ann", "Ann", TestAccounts.PASSWORD);
    classes.join(mine.joinCode(), "scope-cy", "Cy", TestAccounts.PASSWORD);
    classes.join(theirs.joinCode(), "scope-bo", "Bo", TestAccounts.PASSWORD);
    UUID ann = uploadAs("scope-ann");
    UUID cy = uploadAs("scope-cy");
    UUID bo = uploadAs("scope-bo");

    assertThat(historyIds("scope-teacher", Scope.MINE)).isEmpty();
    assertThat(historyIds("scope-teacher", Scope.CLASS)).contains(ann, cy).doesNotContain(bo);
    assertThat(classify.upload(ann).id()).isEqualTo(ann);
    assertThatThrownBy(() -> classify.upload(bo)).isInstanceOf(NotYoursException.class);
    assertThatThrownBy(() -> classify.delete(bo)).isInstanceOf(NotYoursException.class);
    classify.delete(cy); // a teacher may remove a student's upload from their class
    assertThat(historyIds("scope-teacher", Scope.CLASS)).contains(ann).doesNotContain(cy, bo);
    assertThat(uploads.findById(bo)).isPresent();

    // Uploads are never shared: a classmate sees only their own, whatever the scope asked for.
    assertThat(historyIds("scope-ann", Scope.CLASS)).containsExactly(ann);
    assertThatThrownBy(() -> classify.upload(bo)).isInstanceOf(NotYoursException.class);
    TestAccounts.signInAs(context, "scope-bo");
    assertThatThrownBy(() -> classify.upload(ann)).isInstanceOf(NotYoursException.class);
    assertThatThrownBy(() -> classify.delete(ann)).isInstanceOf(NotYoursException.class);
    assertThat(historyIds("scope-other", Scope.CLASS)).containsExactly(bo);
  }

  @Test
  void aRefusedFileStoresNothing() {
    int before = classify.history(org.fashionlab.account.Scope.MINE).size();
    assertThatThrownBy(
            () -> classify.classify(BadImages.text(), TestAccounts.STUDENT.username, List.of()))
        .isInstanceOf(ImageRefusedException.class);
    assertThat(classify.history(org.fashionlab.account.Scope.MINE)).hasSize(before);
  }

  @Test
  void theApiRefusesBadFilesWithAMessageAndKeepsServing() throws Exception {
    HttpResponse<String> refused = post("notes.png", BadImages.executable());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("not an image Fashion Lab can read");

    HttpResponse<String> bomb = post("bomb.png", BadImages.decompressionBomb());
    assertThat(bomb.statusCode()).isEqualTo(400);
    assertThat(bomb.body()).contains("megapixels");

    HttpResponse<String> answered = post("sneaker.png", sneakerPhoto());
    assertThat(answered.statusCode()).isEqualTo(200);
    assertThat(answered.body()).contains("\"predictions\"").contains(model.toString());
  }

  private HttpResponse<String> post(String fileName, byte[] content) throws Exception {
    MultipartFile upload = MultipartFile.of(fileName, "image/png", content);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/classify"))
            .header("Content-Type", upload.contentType())
            .header("Authorization", TestAccounts.STUDENT.ensure(context).basic())
            .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body()))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static ModelPrediction prediction(String name, int label) {
    return new ModelPrediction(
        UUID.randomUUID(), name, "784-128-10", ClassifyService.top(oneHot(label), 3));
  }

  private static float[] oneHot(int label) {
    float[] p = new float[10];
    p[label] = 1;
    return p;
  }
}
