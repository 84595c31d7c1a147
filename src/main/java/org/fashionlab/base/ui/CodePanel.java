package org.fashionlab.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

/** A collapsible block of code with a button that copies it to the clipboard. */
public final class CodePanel extends Composite<Details> {

  // navigator.clipboard exists only on https and localhost; a classroom server on plain http
  // needs the older selection-and-copy way.
  private static final String COPY_JS =
      """
      const text = $0;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text);
      } else {
        const area = document.createElement('textarea');
        area.value = text;
        document.body.appendChild(area);
        area.select();
        document.execCommand('copy');
        area.remove();
      }
      """;

  private final Pre code = new Pre();
  private final Span message = new Span();
  private final Button copy = new Button("Copy", VaadinIcon.COPY_O.create());

  /**
   * @param title the summary line, e.g. "R keras code"
   * @param id the panel's id; the code block gets id + "-text", the button id + "-copy"
   */
  public CodePanel(String title, String id) {
    getContent().setSummaryText(title);
    getContent().setId(id);
    getContent().addClassName("fl-code-panel");
    code.setId(id + "-text");
    code.addClassName("fl-code");
    message.addClassName("fl-hint");
    copy.setId(id + "-copy");
    copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
    copy.addClickListener(
        e -> {
          copy.getElement().executeJs(COPY_JS, code.getText());
          Notification.show("Copied " + title, 2000, Notification.Position.BOTTOM_START);
        });
    getContent().add(copy, message, code);
  }

  /** Shows {@code text} as the code to copy. */
  public void show(String text) {
    code.setText(text);
    code.setVisible(true);
    copy.setEnabled(true);
    message.setText("");
  }

  /** Shows a note instead of code, e.g. why there is none right now. */
  public void showMessage(String text) {
    code.setText("");
    code.setVisible(false);
    copy.setEnabled(false);
    message.setText(text);
  }

  /** The code shown, empty when a message is shown instead. */
  public String code() {
    return code.getText();
  }
}
