package org.fashionlab.assignment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.fashionlab.assignment.HandInStep;
import org.fashionlab.assignment.HandInWork;
import org.fashionlab.assignment.HandIns;
import org.fashionlab.base.ui.ConfusionMatrixChart;
import org.fashionlab.dataset.FashionClass;
import org.fashionlab.registry.ui.CurvesChart;
import org.fashionlab.tune.ui.StudyChart;

/** One exercise of a hand-in: the question, the student's own figures, and their answer. */
final class HandInStepPanel extends Div {

  HandInStepPanel(HandInStep step, HandInWork work, Consumer<String> save) {
    String id = step.exercise().id();
    setId("step-" + id);
    addClassName("fl-hand-in-step");
    Paragraph question = new Paragraph(step.exercise().question());
    question.addClassName("fl-question");
    add(new H3(step.exercise().number() + ". " + step.exercise().title()), question);
    for (HandInStep.Figure figure : HandInStep.Figure.values()) {
      if (step.figures().contains(figure)) {
        add(figure(figure, work, id));
      }
    }
    TextArea answer = new TextArea("Your answer");
    answer.setId("answer-" + id);
    answer.setWidthFull();
    answer.setMaxLength(HandIns.MAX_ANSWER);
    answer.setValue(step.answer());
    answer.setReadOnly(!work.editable());
    answer.setValueChangeMode(ValueChangeMode.ON_BLUR);
    answer.addValueChangeListener(e -> save.accept(e.getValue()));
    add(answer);
  }

  private static Component figure(HandInStep.Figure figure, HandInWork work, String step) {
    return switch (figure) {
      case CURVES -> {
        if (work.best() == null) {
          yield hint("Submit a run: its curves show here.");
        }
        CurvesChart chart = new CurvesChart();
        chart.setId("curves-" + step);
        chart.show(List.of(work.best()));
        yield chart;
      }
      case CONFUSION -> {
        if (work.best() == null || work.best().confusion() == null) {
          yield hint("Submit a run: its confusion matrix on the test set shows here.");
        }
        ConfusionMatrixChart chart = new ConfusionMatrixChart(FashionClass.labels());
        chart.setId("confusion-" + step);
        chart.show(work.best().summary().name(), work.best().confusion());
        yield chart;
      }
      case STUDY -> {
        if (work.study() == null) {
          yield hint("Run a study on the Tune page: its chart shows here.");
        }
        StudyChart chart = new StudyChart();
        chart.setId("study-" + step);
        chart.show(work.study());
        yield chart;
      }
      case RUNS -> new Paragraph(runs(work));
    };
  }

  private static String runs(HandInWork work) {
    if (work.submitted().isEmpty()) {
      return "No runs submitted yet.";
    }
    StringBuilder text = new StringBuilder("Submitted: ");
    work.submitted()
        .forEach(
            r ->
                text.append(r.runName())
                    .append(" (validation ")
                    .append(org.fashionlab.assignment.Figures.percent(r.validationAccuracy()))
                    .append(", test ")
                    .append(
                        r.testShown()
                            ? org.fashionlab.assignment.Figures.percent(r.testAccuracy())
                            : "locked")
                    .append(") "));
    return text.toString().strip();
  }

  private static Paragraph hint(String text) {
    Paragraph hint = new Paragraph(text);
    hint.addClassName("fl-hint");
    return hint;
  }
}
