package org.fashionlab.learn.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.fashionlab.base.ui.MainLayout;
import org.fashionlab.dataset.DatasetService;
import org.fashionlab.learn.Activations;
import org.fashionlab.learn.BackpropExample;
import org.fashionlab.learn.ConfusionExplorer;
import org.fashionlab.learn.CrossEntropy;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.training.FirstLayerInspector;

/** The lab's theory questions, answered with numbers the app computes. */
@PermitAll
@Route(value = "learn", layout = MainLayout.class)
@PageTitle("Learn · Fashion Lab")
@Menu(order = 3, icon = "vaadin:academy-cap", title = "Learn")
class LearnView extends Div {

  LearnView(
      Activations activations,
      BackpropExample backprop,
      RunAccess runs,
      DatasetService datasets,
      FirstLayerInspector inspector,
      ConfusionExplorer confusion,
      CrossEntropy crossEntropy) {
    addClassName("fl-page");
    add(
        new H2("Learn"),
        new ActivationExplorer(activations),
        new MlpExplainer(),
        new BackpropPanel(backprop),
        new LossPanel(crossEntropy),
        new CurvesLesson(runs),
        new DeepLearningPanel(datasets),
        new CnnInsidePanel(runs, datasets, inspector),
        new MisclassificationPanel(runs, datasets, confusion),
        new PredictionPanel(runs, datasets));
  }
}
