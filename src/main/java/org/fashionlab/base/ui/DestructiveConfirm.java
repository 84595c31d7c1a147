package org.fashionlab.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one way the portal asks before removing something: cancelable, the button in red. */
public final class DestructiveConfirm {

  private DestructiveConfirm() {}

  /** A dialog that runs {@code action} when {@code confirmText} is clicked; open it yourself. */
  public static ConfirmDialog of(String header, String text, String confirmText, Runnable action) {
    ConfirmDialog confirm = new ConfirmDialog(header, text, confirmText, e -> action.run());
    confirm.setCancelable(true);
    confirm.setConfirmButtonTheme("error primary");
    return confirm;
  }
}
