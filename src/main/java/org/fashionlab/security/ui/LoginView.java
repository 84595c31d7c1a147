package org.fashionlab.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;

/** Sign-in with Vaadin's login form; students without an account follow the link to join. */
@Route("login")
@PageTitle("Sign in · Fashion Lab")
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver {

  static final String ERROR = "error";
  static final String THROTTLED = "throttled";

  private final AuthenticationContext authentication;
  private final LoginForm form = new LoginForm();

  LoginView(AuthenticationContext authentication) {
    this.authentication = authentication;
    addClassName("fl-login-view");
    form.setId("login-form");
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    form.setI18n(texts(null));
    Anchor join = new Anchor("signup", "Join a class with the code from your teacher");
    join.setId("signup-link");
    Div card =
        new Div(
            new H1("Fashion Lab"),
            new Paragraph("Image recognition with Fashion-MNIST, without code."),
            form,
            join,
            new Paragraph("Forgot your password? Your teacher can set a new one."));
    card.addClassName("fl-login-card");
    add(card);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (authentication.isAuthenticated()) {
      event.forwardTo("");
      return;
    }
    Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
    if (query.containsKey(THROTTLED)) {
      String seconds = query.get(THROTTLED).stream().findFirst().orElse("");
      form.setI18n(
          texts(
              "Too many failed sign-ins. Please wait "
                  + (seconds.matches("\\d{1,6}") ? seconds + " seconds" : "a minute")
                  + " and try again."));
      form.setError(true);
    } else if (query.containsKey(ERROR)) {
      form.setI18n(texts("Wrong username or password. Check both and try again."));
      form.setError(true);
    }
  }

  private static LoginI18n texts(String error) {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in");
    i18n.getForm().setSubmit("Sign in");
    if (error != null) {
      i18n.getErrorMessage().setTitle("Not signed in");
      i18n.getErrorMessage().setMessage(error);
    }
    return i18n;
  }
}
