package org.fashionlab.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.fashionlab.TestAccounts;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.dataset.Split;
import org.fashionlab.queue.TrainingQueue;
import org.fashionlab.registry.H2WebTest;
import org.fashionlab.registry.RegistryFixtures;
import org.fashionlab.registry.RunService;
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
  void agreementSaysWhereModelsAgreeOrDisagree() {
    ModelPrediction a = prediction("a", 7);
    ModelPrediction b = prediction("b", 7);
    ModelPrediction c = prediction("c", 5);
    assertThat(ClassifyService.agreement(List.of(a, b))).isEqualTo("All 2 models say Sneaker.");
    assertThat(ClassifyService.agreement(List.of(a, b, c)))
        .isEqualTo("The models disagree: 2 say Sneaker, 1 says Sandal.");
    assertThat(ClassifyService.agreement(List.of())).contains("No trained models yet");
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
    String boundary = "----fashionlab" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/classify"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Authorization", TestAccounts.STUDENT.ensure(context).basic())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
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
