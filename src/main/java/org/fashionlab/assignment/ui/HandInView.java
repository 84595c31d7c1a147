package org.fashionlab.assignment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.assignment.HandInReport;
import org.fashionlab.assignment.HandInStep;
import org.fashionlab.assignment.HandInWork;
import org.fashionlab.assignment.HandIns;
import org.fashionlab.base.ui.MainLayout;

/**
 * A Lab 5 hand-in, a step per exercise: the student writes their answers (saved as they leave each
 * box) beside their own figures and opens it as one printable page; a teacher reads any student's
 * ({@code ?student=<id>}).
 */
@Route(value = "assignments/:id/hand-in", layout = MainLayout.class)
@PageTitle("Hand-in · Fashion Lab")
@PermitAll
class HandInView extends Div implements BeforeEnterObserver {

  private final HandIns handIns;

  HandInView(HandIns handIns) {
    this.handIns = handIns;
    addClassName("fl-hand-in-view");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    HandInWork work;
    try {
      UUID id = UUID.fromString(event.getRouteParameters().get(AssignmentView.ID).orElse(""));
      List<String> student =
          event.getLocation().getQueryParameters().getParameters().get("student");
      work =
          student == null || student.isEmpty()
              ? handIns.mine(id)
              : handIns.of(id, UUID.fromString(student.get(0)));
    } catch (IllegalArgumentException | NoSuchElementException | NotYoursException e) {
      add(
          new H2("Hand-in"),
          new Paragraph(
              e instanceof NotYoursException ? e.getMessage() : "There is no such hand-in."));
      return;
    }
    show(work);
  }

  private void show(HandInWork work) {
    Paragraph who = new Paragraph(work.studentName() + " · " + work.assignment().className());
    who.setId("hand-in-author");
    add(new H2("Hand-in: " + work.assignment().title()), who, createExport(work));
    UUID assignment = work.assignment().id();
    for (HandInStep step : work.steps()) {
      add(new HandInStepPanel(step, work, text -> save(assignment, step, text)));
    }
  }

  private Anchor createExport(HandInWork work) {
    DownloadHandler report =
        event -> {
          HandInWork fresh = handIns.of(work.assignment().id(), work.studentId());
          // No file name: a named response is sent as an attachment, and this one should open.
          event.setContentType("text/html; charset=utf-8");
          event.getOutputStream().write(HandInReport.html(fresh).getBytes(StandardCharsets.UTF_8));
        };
    Anchor export = new Anchor(report, AttachmentType.INLINE, "");
    export.add(
        VaadinIcon.PRINT.create(), new com.vaadin.flow.component.html.Span(" Printable report"));
    export.setTarget("_blank");
    export.setId("hand-in-report");
    return export;
  }

  private void save(UUID assignment, HandInStep step, String text) {
    try {
      handIns.answer(assignment, step.exercise().id(), text);
      Notification.show("Saved your answer to " + step.exercise().number() + ".");
    } catch (IllegalArgumentException e) {
      org.fashionlab.base.ui.ErrorNotifier.show(e.getMessage());
    }
  }
}
