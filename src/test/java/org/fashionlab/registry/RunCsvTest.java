package org.fashionlab.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunCsvTest {

  private static RunSummary run(String name, double learningRate, Double testAccuracy) {
    return new RunSummary(
        UUID.fromString("00000000-0000-0000-0000-000000000001"),
        name,
        "anna",
        "MLP",
        "784-128-10",
        101_770,
        "ADAM",
        learningRate,
        32,
        1,
        1,
        2.5,
        0.8,
        0.79,
        testAccuracy,
        testAccuracy == null ? null : 0.5,
        testAccuracy == null ? RunStatus.RUNNING : RunStatus.FINISHED,
        null,
        Instant.parse("2025-01-02T03:04:05Z"),
        null,
        null,
        null,
        null,
        false,
        "ReLU",
        0.0,
        0.2,
        60_000,
        42,
        null,
        null);
  }

  @Test
  void cellsWithCommasQuotesOrLineBreaksAreQuotedWithDoubledQuotes() {
    String csv = RunCsv.write(List.of(run("Adam, \"fast\"\nv2", 0.0001, 0.8512345678)));

    String[] lines = csv.split("\r\n");
    assertThat(lines[0]).startsWith("id,name,owner,kind,");
    assertThat(csv)
        .contains(",\"Adam, \"\"fast\"\"\nv2\",anna,MLP,784-128-10,101770,ADAM,0.0001,32,1,")
        .contains(",0.851235,0.500000,FINISHED,2025-01-02T03:04:05Z\r\n");
  }

  @Test
  void missingResultsAreEmptyCellsAndFormulasAreDefused() {
    String line = RunCsv.write(List.of(run("=HYPERLINK(1)", 0.001, null))).split("\r\n")[1];

    assertThat(line).contains(",'=HYPERLINK(1),").contains(",0.790000,,,RUNNING,");
  }

  @Test
  void cellsStartingWithATabOrALineBreakAreDefusedLikeFormulas() {
    assertThat(RunCsv.cell(RunColumn.NAME, "\t=1+1")).isEqualTo("'\t=1+1");
    assertThat(RunCsv.cell(RunColumn.NAME, "\r=cmd")).isEqualTo("'\r=cmd");
    assertThat(RunCsv.cell(RunColumn.NAME, "\n@SUM(A1)")).isEqualTo("'\n@SUM(A1)");
    assertThat(RunCsv.cell(RunColumn.NAME, "+1")).isEqualTo("'+1");
    assertThat(RunCsv.cell(RunColumn.NAME, "a\tb")).isEqualTo("a\tb");
    String line = RunCsv.write(List.of(run("\t=HYPERLINK(1)", 0.001, null))).split("\r\n")[1];
    assertThat(line).contains(",'\t=HYPERLINK(1),");
  }

  @Test
  void columnsAgreeWhenEveryRunHasTheSameValue() {
    RunSummary a = run("a", 0.001, 0.8);
    RunSummary b = run("b", 0.01, 0.8);

    assertThat(RunColumn.agreeing(List.of(a, b)))
        .contains(RunColumn.KIND, RunColumn.TEST_ACCURACY, RunColumn.OWNER)
        .doesNotContain(RunColumn.NAME, RunColumn.LEARNING_RATE);
    assertThat(RunColumn.agreeing(List.of(a))).containsExactlyInAnyOrder(RunColumn.values());
  }
}
