package org.fashionlab.account.ui;

import com.vaadin.flow.component.Component;

/**
 * Signs a new account in the way the sign-in page does: a form post to /login with the session's
 * CSRF token, so Spring Security checks the password, changes the session id and keeps the
 * throttle's count, exactly as for any other sign-in.
 */
final class SignIn {

  private static final String SUBMIT_LOGIN_FORM =
      """
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = 'login';
      const add = (name, value) => {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.appendChild(input);
      };
      add('username', $0);
      add('password', $1);
      const parameter = document.querySelector('meta[name="_csrf_parameter"]');
      const token = document.querySelector('meta[name="_csrf"]');
      if (parameter && token) {
        add(parameter.content, token.content);
      }
      document.body.appendChild(form);
      form.submit();
      """;

  private SignIn() {}

  static void submit(Component from, String username, String password) {
    from.getElement().executeJs(SUBMIT_LOGIN_FORM, username, password);
  }
}
