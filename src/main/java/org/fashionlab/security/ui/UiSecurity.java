package org.fashionlab.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fashionlab.security.SecurityHeaders;
import org.fashionlab.security.SignInThrottledException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The pages: Vaadin's own security set-up (sign-in form at /login, view access from
 * {@code @PermitAll}/{@code @RolesAllowed}/{@code @AnonymousAllowed}, Vaadin's CSRF handling), with
 * the shared throttled accounts, the security headers and a sign-out that also clears the session
 * cookie.
 */
@Configuration
// Worker processes (fashionlab.role=worker) serve no web requests and have no servlet context.
@ConditionalOnWebApplication
class UiSecurity {

  static final String SESSION_COOKIE = "JSESSIONID";

  @Bean
  @Order(3)
  SecurityFilterChain uiChain(HttpSecurity http, AuthenticationManager manager) throws Exception {
    http.authenticationManager(manager)
        // The error page must render for anyone, else an error turns into a sign-in redirect.
        .authorizeHttpRequests(a -> a.requestMatchers("/error").permitAll())
        .headers(SecurityHeaders::apply)
        .logout(logout -> logout.invalidateHttpSession(true).deleteCookies(SESSION_COOKIE));
    http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
    // After Vaadin's configurer: it must set the login page first, or Spring generates its own.
    http.formLogin(form -> form.failureHandler(UiSecurity::signInFailed));
    return http.build();
  }

  /** Back to the form, saying whether the password was wrong or sign-in is locked for a while. */
  private static void signInFailed(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String query =
        e instanceof SignInThrottledException throttled
            ? LoginView.THROTTLED + "=" + throttled.retryAfterSeconds()
            : LoginView.ERROR;
    response.sendRedirect(request.getContextPath() + "/login?" + query);
  }
}
