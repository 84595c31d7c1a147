package org.fashionlab.lab.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.lab.LabExercise;
import org.fashionlab.lab.LabExercises;
import org.fashionlab.lab.LabPlace;

/** The course's Lab 5 sheet as an index: every exercise, and where in the app it is done. */
@PermitAll
@Route(value = "lab", layout = MainLayout.class)
@PageTitle("Lab 5 · Fashion Lab")
@Menu(order = 0, icon = "vaadin:list-ol", title = "Lab 5")
class LabView extends Div {

  LabView() {
    addClassName("fl-page");
    setId("lab");
    add(
        new H2("Lab 5: image recognition with Fashion-MNIST"),
        new Paragraph(
            "Every question and exercise of the course sheet, and where the app answers it. The"
                + " sheet does them in R with caret and keras; here they are done without code,"
                + " and the Train page gives the R keras code of any model for the notebook."));
    for (String part : LabExercises.parts()) {
      add(new H3(part));
      LabExercises.all().stream().filter(e -> e.part().equals(part)).forEach(e -> add(row(e)));
    }
  }

  private static Div row(LabExercise exercise) {
    Span number = new Span(exercise.number());
    number.addClassName("fl-lab-number");
    Span title = new Span(exercise.title());
    title.addClassName("fl-lab-title");
    Span question = new Span(exercise.question());
    question.addClassName("fl-lab-question");
    UnorderedList places = new UnorderedList();
    places.addClassName("fl-lab-places");
    exercise.places().forEach(p -> places.add(place(p)));
    Div text = new Div(title, question, places);
    Div row = new Div(number, text);
    row.addClassName("fl-lab-row");
    row.setId("lab-" + exercise.id());
    return row;
  }

  private static ListItem place(LabPlace place) {
    if (!place.exists()) {
      Span pending = new Span(place.what());
      pending.addClassName("fl-lab-pending");
      return new ListItem(pending);
    }
    String page = place.path().substring(0, 1).toUpperCase() + place.path().substring(1);
    Anchor link = new Anchor(place.href(), page);
    link.addClassName("fl-lab-link");
    return new ListItem(link, new Span(": " + place.what()));
  }
}
