package org.fashionlab.assignment;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.training.EpochMetrics;
import org.fashionlab.tune.StudyResult;
import org.fashionlab.tune.TrialResult;

/**
 * A hand-in as one self-contained HTML page that prints well: no scripts, the figures drawn as SVG
 * and tables, every text of the student escaped.
 */
public final class HandInReport {

  private static final String STYLE =
      """
      body { font: 11pt/1.45 system-ui, sans-serif; max-width: 48em; margin: 2em auto; color: #111; }
      h1 { font-size: 18pt; margin-bottom: 0; } h2 { font-size: 13pt; margin: 1.4em 0 .3em; }
      .meta { color: #555; } .question { font-style: italic; }
      .answer { white-space: pre-wrap; border-left: 3px solid #1f6feb; padding: .2em .8em; }
      .empty { color: #999; } table { border-collapse: collapse; font-size: 9pt; }
      td, th { border: 1px solid #ccc; padding: 2px 5px; text-align: right; }
      th { background: #f3f3f3; } .step { page-break-inside: avoid; }
      @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
      """;

  private HandInReport() {}

  public static String html(HandInWork work) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head>");
    html.append("<meta charset=\"utf-8\"><title>")
        .append(htmlEscape(work.assignment().title() + " · " + work.studentName()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body><h1>")
        .append(htmlEscape(work.assignment().title()))
        .append("</h1><p class=\"meta\">")
        .append(htmlEscape(work.studentName() + " · " + work.assignment().className()))
        .append(" · due ")
        .append(Figures.when(work.assignment().dueAt()))
        .append("</p>");
    for (HandInStep step : work.steps()) {
      html.append("<section class=\"step\" id=\"")
          .append(htmlEscape(step.exercise().id()))
          .append("\"><h2>")
          .append(htmlEscape(step.exercise().number() + ". " + step.exercise().title()))
          .append("</h2><p class=\"question\">")
          .append(htmlEscape(step.exercise().question()))
          .append("</p>");
      for (HandInStep.Figure figure : HandInStep.Figure.values()) {
        if (step.figures().contains(figure)) {
          html.append(figure(figure, work));
        }
      }
      html.append(
          step.answer().isBlank()
              ? "<p class=\"answer empty\">(no answer)</p>"
              : "<p class=\"answer\">" + htmlEscape(step.answer()) + "</p>");
      html.append("</section>");
    }
    return html.append("</body></html>").toString();
  }

  private static String figure(HandInStep.Figure figure, HandInWork work) {
    return switch (figure) {
      case CURVES -> work.best() == null ? none("a submitted run") : curves(work.best());
      case CONFUSION ->
          work.best() == null || work.best().confusion() == null
              ? none("a submitted run")
              : confusion(work.best().confusion());
      case STUDY -> work.study() == null ? none("a tuning study") : study(work.study());
      case RUNS -> work.submitted().isEmpty() ? none("a submitted run") : runs(work.submitted());
    };
  }

  private static String none(String what) {
    return "<p class=\"empty\">(no figure: this needs " + what + ")</p>";
  }

  /** Training (solid) and validation (dashed) accuracy per epoch. */
  static String curves(RunDetails run) {
    List<EpochMetrics> history = run.history();
    int w = 480;
    int h = 200;
    StringBuilder svg =
        new StringBuilder(
            "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
                + w
                + "\" height=\""
                + h
                + "\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"white\""
                + " stroke=\"#ccc\"/>");
    svg.append(line(history, EpochMetrics::trainAccuracy, w, h, "#1f6feb", ""));
    svg.append(line(history, EpochMetrics::validationAccuracy, w, h, "#e8710a", "6 4"));
    svg.append("</svg><figcaption>Accuracy per epoch of ")
        .append(htmlEscape(run.summary().name()))
        .append(": training (blue), validation (orange, dashed); axis 0 to 1, epochs 1 to ")
        .append(history.size())
        .append("</figcaption></figure>");
    return svg.toString();
  }

  private static String line(
      List<EpochMetrics> history,
      ToDoubleFunction<EpochMetrics> value,
      int w,
      int h,
      String color,
      String dash) {
    StringBuilder points = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    int n = history.size();
    for (int i = 0; i < n; i++) {
      double v = value.applyAsDouble(history.get(i));
      if (Double.isFinite(v)) {
        double x = 20 + (n == 1 ? (w - 40) / 2.0 : (w - 40) * i / (double) (n - 1));
        double y = h - 10 - (h - 20) * v;
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        // A dot per epoch: a one-epoch run has no line to draw.
        dots.append(
            String.format(
                Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, color));
      }
    }
    return "<polyline fill=\"none\" stroke=\""
        + color
        + "\" stroke-width=\"2\""
        + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
        + " points=\""
        + points.toString().strip()
        + "\"/>"
        + dots;
  }

  static String confusion(int[][] confusion) {
    List<String> names = FashionClass.labels();
    int max = 1;
    for (int[] row : confusion) {
      for (int c : row) {
        max = Math.max(max, c);
      }
    }
    StringBuilder t = new StringBuilder("<figure><table><tr><th>true \\ predicted</th>");
    names.forEach(n -> t.append("<th>").append(htmlEscape(n)).append("</th>"));
    t.append("</tr>");
    for (int r = 0; r < confusion.length; r++) {
      t.append("<tr><th>").append(htmlEscape(names.get(r))).append("</th>");
      for (int c : confusion[r]) {
        int shade = 255 - (int) Math.round(160.0 * c / max);
        t.append(
                String.format(
                    Locale.ROOT, "<td style=\"background:rgb(%d,%d,255)\">", shade, shade))
            .append(c)
            .append("</td>");
      }
      t.append("</tr>");
    }
    return t.append("</table><figcaption>Confusion matrix on the 10,000 test images")
        .append("</figcaption></figure>")
        .toString();
  }

  static String study(StudyResult study) {
    StringBuilder t =
        new StringBuilder("<figure><table><tr><th>trial</th><th>validation accuracy</th></tr>");
    for (TrialResult trial : study.trials()) {
      t.append("<tr><td>")
          .append(htmlEscape(trial.description()))
          .append(trial.best() ? " (best)" : "")
          .append("</td><td>")
          .append(Figures.percent(trial.validationAccuracy()))
          .append("</td></tr>");
    }
    return t.append("</table><figcaption>Tuning study ")
        .append(htmlEscape(study.name()))
        .append("</figcaption></figure>")
        .toString();
  }

  static String runs(List<SubmissionRow> rows) {
    StringBuilder t =
        new StringBuilder(
            "<table><tr><th>run</th><th>model</th><th>parameters</th><th>validation</th>"
                + "<th>test</th></tr>");
    for (SubmissionRow r : rows) {
      t.append("<tr><td>")
          .append(htmlEscape(r.runName()))
          .append("</td><td>")
          .append(htmlEscape(r.model()))
          .append("</td><td>")
          .append(Figures.count(r.parameters()))
          .append("</td><td>")
          .append(Figures.percent(r.validationAccuracy()))
          .append("</td><td>")
          .append(r.testShown() ? Figures.percent(r.testAccuracy()) : "locked")
          .append("</td></tr>");
    }
    return t.append("</table>").toString();
  }
}
