package org.fashionlab.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.fashionlab.TestAccounts;
import org.fashionlab.budget.BudgetSpecs;
import org.fashionlab.model.Presets;
import org.fashionlab.registry.H2WebTest;
import org.fashionlab.registry.RunService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The JSON API refuses whatever it would otherwise have to guess at, with 400, the field's path and
 * the expected type in words, and queues nothing.
 */
@H2WebTest
class StrictApiTest {

  /** The Course MLP as the API writes it, the base every malformed body is made from. */
  private static final String GOOD =
      "{\"name\":\"Course MLP\",\"network\":{\"kind\":\"mlp\",\"hiddenLayers\":[128],"
          + "\"activation\":\"RELU\",\"dropout\":0.0},\"training\":{\"optimizer\":\"ADAM\","
          + "\"learningRate\":0.001,\"momentum\":0.9,\"epochs\":5,\"batchSize\":32,"
          + "\"validationSplit\":0.0,\"seed\":42,\"trainingLimit\":0,\"earlyStoppingPatience\":0,"
          + "\"schedule\":\"CONSTANT\",\"augmentation\":\"NONE\"}}";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired RunService runs;
  @Autowired ApplicationContext context;
  private final HttpClient http = HttpClient.newHttpClient();
  private TestAccounts student;
  private int runsBefore;

  static Stream<Arguments> malformed() {
    return Stream.of(
        bad(swap("\"epochs\":5", "\"epochs\":1.5"), "training.epochs", "a whole number, got 1.5"),
        bad(swap("\"epochs\":5", "\"epochs\":\"5\""), "training.epochs", "got the text \"5\""),
        bad(swap("\"epochs\":5", "\"epochs\":null"), "training.epochs", "a whole number, got null"),
        bad(swap("\"epochs\":5", "\"epochs\":true"), "training.epochs", "a whole number, got true"),
        bad(swap("\"epochs\":5", "\"epochs\":99999999999"), "training.epochs", "out of range"),
        bad(swap("\"epochs\":5", "\"epochs\":5,\"epoch\":3"), "training.epoch", "unknown field"),
        bad(
            swap("\"seed\":42", "\"seed\":42,\"validationsplit\":0.2"),
            "training.validationsplit",
            "unknown field; the fields here are augmentation, batchSize"),
        bad(swap("\"name\"", "\"nmae\""), "nmae", "unknown field"),
        bad(
            swap("\"kind\":\"mlp\"", "\"kind\":\"rnn\""),
            "network.kind",
            "\"rnn\" is not a kind here: use \"mlp\" or \"cnn\""),
        bad(swap("\"kind\":\"mlp\",", ""), "network.kind", "missing"),
        bad(
            swap("\"ADAM\"", "\"adamx\""),
            "training.optimizer",
            "one of ADAM, SGD, RMSPROP, got \"adamx\""),
        bad(swap("\"ADAM\"", "0"), "training.optimizer", "one of ADAM, SGD, RMSPROP, got 0"),
        bad(
            swap("\"CONSTANT\"", "\"LINEAR\""),
            "training.schedule",
            "one of CONSTANT, COSINE, got \"LINEAR\""),
        bad(
            swap("\"NONE\"", "\"ROTATE\""),
            "training.augmentation",
            "one of NONE, MIRROR, MIRROR_AND_SHIFT, MIRROR_AND_ERASE, got \"ROTATE\""),
        bad(swap("[128]", "[128.5]"), "network.hiddenLayers[0]", "a whole number, got 128.5"),
        bad(swap("[128]", "128"), "network.hiddenLayers", "a list, got 128"),
        bad(swap("[128]", "[\"128\"]"), "network.hiddenLayers[0]", "a whole number"),
        bad(swap("\"Course MLP\"", "5"), "name", "expected text, got 5"),
        bad(
            swap("\"learningRate\":0.001", "\"learningRate\":\"0.001\""),
            "training.learningRate",
            "a number, got the text \"0.001\""),
        bad(
            swap("\"learningRate\":0.001", "\"learningRate\":\"NaN\""),
            "training.learningRate",
            "a number, got the text \"NaN\""),
        bad(
            swap("\"learningRate\":0.001", "\"learningRate\":1e400"),
            "training.learningRate",
            "a number, got Infinity"),
        bad(
            swap("\"training\":{", "\"training\":[{").replace("}}", "}]}"),
            "training",
            "an object, got a list"),
        bad(swap("\"epochs\":5", "\"epochs\":5,\"epochs\":6"), "training.epochs", "appears twice"),
        bad(GOOD + " {}", "body", "there is more after the JSON object"),
        bad(GOOD.substring(0, GOOD.length() - 5), "body", "not valid JSON"),
        bad("{\"name\":\"a\" \"b\"}", "body", "not valid JSON: Unexpected character"),
        bad("[]", "body", "expected an object, got a list"),
        bad("\"Course MLP\"", "body", "expected an object, got the text"),
        bad("", "body", "the request needs a JSON body"));
  }

  private static String swap(String from, String to) {
    return GOOD.replace(from, to);
  }

  private static Arguments bad(String body, String field, String message) {
    return Arguments.of(body, field, message);
  }

  @BeforeEach
  void count() {
    student = TestAccounts.STUDENT.ensure(context);
    runsBefore = runs.list().size();
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void aMalformedSpecIsRefusedWithTheFieldAndTheExpectedType(
      String body, String field, String message) throws Exception {
    JsonNode problem = refused("/api/runs", body);

    assertThat(problem.get("violations")).hasSize(1);
    assertThat(problem.at("/violations/0/field").asText()).isEqualTo(field);
    assertThat(problem.at("/violations/0/message").asText()).contains(message);
    assertThat(problem.toString()).doesNotContain("java.", "com.fasterxml", "`");
    assertNothingQueued();
  }

  @Test
  void earlyStoppingWithoutAValidationSplitIsContradictory() throws Exception {
    JsonNode problem =
        refused("/api/runs", swap("\"earlyStoppingPatience\":0", "\"earlyStoppingPatience\":3"));

    assertThat(problem.at("/violations/0/field").asText())
        .isEqualTo("training.earlyStoppingPatience");
    assertThat(problem.at("/violations/0/message").asText())
        .contains("set a validation split above 0");
    assertNothingQueued();
  }

  @Test
  void aNetworkOverTheComputeBudgetIsRefusedBeforeItIsQueued() throws Exception {
    JsonNode problem = refused("/api/runs", json.writeValueAsString(BudgetSpecs.hugeMlp()));

    assertThat(problem.at("/violations/0/field").asText()).isEqualTo("network");
    assertThat(problem.get("detail").asText())
        .contains("121 million parameters (limit 25 million)")
        .contains("3.2 GB while training (limit 2 GB)");
    assertNothingQueued();
  }

  @Test
  void studySpecsAreJustAsStrict() throws Exception {
    String study =
        "{\"name\":\"s\",\"base\":"
            + GOOD
            + ",\"grid\":[{\"parameter\":\"NODES\",\"values\":[\"16\",\"32\"]}],"
            + "\"selection\":\"HOLD_OUT\",\"folds\":0,\"fold\":2}";
    JsonNode unknown = refused("/api/studies/estimate", study);
    assertThat(unknown.at("/violations/0/field").asText()).isEqualTo("fold");

    String valid = study.replace(",\"fold\":2", "");
    JsonNode fraction = refused("/api/studies", valid.replace("\"folds\":0", "\"folds\":2.5"));
    assertThat(fraction.at("/violations/0/field").asText()).isEqualTo("folds");
    assertThat(fraction.at("/violations/0/message").asText()).contains("a whole number, got 2.5");

    JsonNode nested = refused("/api/studies", valid.replace("\"epochs\":5", "\"epochs\":5.5"));
    assertThat(nested.at("/violations/0/field").asText()).isEqualTo("base.training.epochs");
    assertNothingQueued();
  }

  @Test
  void aWrongIdInThePathSaysWhatAnIdLooksLike() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/runs/abc"))
                .header("Authorization", student.basic())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.at("/violations/0/field").asText()).isEqualTo("id");
    assertThat(problem.at("/violations/0/message").asText()).startsWith("expected an id such as");
  }

  @Test
  void theBodyTheMalformedOnesAreMadeFromIsAccepted() throws Exception {
    assertThat(json.readTree(json.writeValueAsString(Presets.COURSE_MLP)))
        .isEqualTo(json.readTree(GOOD));
    HttpResponse<String> response =
        post(
            "/api/studies/estimate",
            "{\"name\":\"s\",\"base\":"
                + GOOD
                + ",\"grid\":[{\"parameter\":\"NODES\",\"values\":[\"16\",\"32\"]}],"
                + "\"selection\":\"K_FOLD\",\"folds\":2}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(json.readTree(response.body()).get("trials").asInt()).isEqualTo(2);
  }

  private JsonNode refused(String path, String body) throws Exception {
    HttpResponse<String> response = post(path, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return json.readTree(response.body());
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", student.basic())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The run row is queued in the same transaction as its execution: no new row, no run. */
  private void assertNothingQueued() {
    assertThat(runs.list()).hasSize(runsBefore);
  }
}
