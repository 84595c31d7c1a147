package org.fashionlab.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The one error handler of every session: logs the error and tells the user in a notification. */
@Component
public class ErrorNotifier implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
  }

  private void handle(ErrorEvent event) {
    Throwable error = event.getThrowable();
    log.error("Unexpected error in the UI", error);
    UI ui = UI.getCurrent();
    if (ui != null) {
      ui.access(() -> show(message(error)));
    }
  }

  static String message(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String text =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return "Something went wrong: " + text;
  }

  /** Shows an error the user should read; it stays until closed. */
  public static void show(String message) {
    Notification notification = new Notification(message, 8000, Notification.Position.BOTTOM_END);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    notification.open();
  }
}
