package org.fashionlab.training.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The loss every network here is trained with, named where the run is configured (the course's
 * compile(loss = "categorical_crossentropy")), with a link to the worked example on Learn.
 */
final class LossNote extends Composite<Div> {

  LossNote() {
    Span name = new Span("Loss: categorical cross-entropy");
    name.addClassName("fl-loss-name");
    Span explanation =
        new Span(
            " −log of the probability the network gives the true class: near 0 when it is sure"
                + " and right, large when it is sure and wrong. Training lowers its average. ");
    Anchor more = new Anchor("learn#cross-entropy", "How it is computed");
    more.setId("loss-link");
    getContent().setId("loss-note");
    getContent().addClassName("fl-loss-note");
    getContent().add(name, explanation, more);
  }
}
