package org.fashionlab.training.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import org.fashionlab.budget.ComputeBudgets;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.SpecViolation;

/**
 * What training the shown spec costs on this server, live: parameters, memory of the limit, work
 * per epoch; when it is over a limit, why and what to reduce, in red.
 */
final class BudgetLine extends Composite<Paragraph> {

  private final ComputeBudgets budgets;

  BudgetLine(ComputeBudgets budgets) {
    this.budgets = budgets;
    getContent().setId("compute-budget");
    getContent().addClassName("fl-budget");
  }

  /**
   * Shows the cost of {@code spec}; nothing while the form has other problems.
   *
   * @return whether the spec fits the server's limits
   */
  boolean show(ModelSpec spec, boolean formValid) {
    if (!formValid) {
      getContent().setText("");
      return true;
    }
    List<SpecViolation> over = budgets.violations(spec);
    String cost = "Compute budget: " + budgets.describe(budgets.estimate(spec)) + ".";
    getContent()
        .setText(
            over.isEmpty()
                ? cost
                : cost
                    + " "
                    + over.stream().map(SpecViolation::message).collect(Collectors.joining(" ")));
    getContent().setClassName("fl-error-text", !over.isEmpty());
    return over.isEmpty();
  }

  String text() {
    return getContent().getText();
  }
}
