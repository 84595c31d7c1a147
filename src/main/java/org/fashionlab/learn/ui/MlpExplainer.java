package org.fashionlab.learn.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** The course MLP (784-128-10) drawn, its formula written out, and its layers named. */
final class MlpExplainer extends Composite<Div> {

  MlpExplainer() {
    Div diagram = new Div();
    diagram.setId("mlp-diagram");
    diagram.addClassName("fl-mlp-diagram");
    diagram.getElement().setProperty("innerHTML", MlpSvg.draw());
    Div formula = new Div();
    formula.setId("mlp-formula");
    formula.addClassName("fl-math");
    formula
        .getElement()
        .setProperty(
            "innerHTML",
            "h<sub>j</sub> = ReLU( Σ<sub>i=1..784</sub> w<sub>ji</sub> x<sub>i</sub> +"
                + " b<sub>j</sub> ),  j = 1..128<br>"
                + "z<sub>k</sub> = Σ<sub>j=1..128</sub> v<sub>kj</sub> h<sub>j</sub> +"
                + " c<sub>k</sub>,  ŷ<sub>k</sub> = e<sup>z<sub>k</sub></sup> /"
                + " Σ<sub>m=1..10</sub> e<sup>z<sub>m</sub></sup>,  k = 1..10<br>"
                + "In matrix form: ŷ = softmax( V · ReLU(W x + b) + c ),  W: 128 × 784,"
                + " V: 10 × 128");
    getContent().setId("mlp");
    getContent()
        .add(
            new H3("A one-layer MLP"),
            diagram,
            formula,
            new Paragraph(
                "Input layer: the 784 pixel values of one image (28 × 28, flattened, scaled to"
                    + " [0, 1]). It only holds the data; it computes nothing and has no"
                    + " weights."),
            new Paragraph(
                "Hidden layer: 128 nodes. Each sums all 784 inputs with its own weights and bias"
                    + " and applies ReLU. It is called hidden because its values are neither"
                    + " given nor compared with anything: the network invents them."),
            new Paragraph(
                "Output layer: one node per class (10). Softmax turns their sums into"
                    + " probabilities that add up to 1; the predicted class is the largest."
                    + " Parameters: 784 × 128 + 128 + 128 × 10 + 10 = 101,770."));
  }
}
