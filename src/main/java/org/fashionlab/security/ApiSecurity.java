package org.fashionlab.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;

/**
 * Who may call the JSON API and read its documentation. The pages' chain (with Vaadin's sign-in
 * form and CSRF protection) is {@code security.ui.UiSecurity}; both share the accounts, the
 * password encoder and the sign-in throttle defined here.
 */
@Configuration
// Worker processes (fashionlab.role=worker) serve no web requests and have no servlet context.
@ConditionalOnWebApplication
@EnableWebSecurity
public class ApiSecurity {

  /** The OpenAPI document and Swagger UI: read-only, so a browser session may read them too. */
  static final RequestMatcher DOCS =
      new OrRequestMatcher(
          path("/api/openapi"),
          path("/api/openapi/**"),
          path("/api/docs"),
          path("/api/docs/**"),
          path("/swagger-ui/**"));

  static final RequestMatcher API =
      new AndRequestMatcher(path("/api/**"), new NegatedRequestMatcher(DOCS));

  /**
   * Username and password against the accounts, through the throttle, a verified credential
   * remembered for a few minutes ({@link RememberedCredentials}); one for every chain.
   */
  @Bean
  AuthenticationManager authenticationManager(
      UserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
    passwords.setPasswordEncoder(encoder);
    RememberedCredentials remembered =
        new RememberedCredentials(
            passwords,
            accounts,
            RememberedCredentials.DEFAULT_TTL,
            RememberedCredentials.DEFAULT_ENTRIES,
            Clock.systemUTC());
    return new ProviderManager(new ThrottledAuthenticationProvider(remembered, throttle));
  }

  /**
   * The API: HTTP Basic on every call, no session created or read (so a browser's session cookie
   * never authenticates a call, and a cross-site form post carrying one gets 401), hence no CSRF
   * token either.
   */
  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager, ObjectMapper json)
      throws Exception {
    ApiAuthenticationProblems problems = new ApiAuthenticationProblems(json);
    http.securityMatcher(API)
        .authenticationManager(manager)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .securityContext(
            c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(SecurityHeaders::apply);
    return http.build();
  }

  /**
   * The API's documentation: a signed-in browser session or HTTP Basic; no session is created here.
   * A browser without a session is sent to the sign-in page, any other client gets 401.
   */
  @Bean
  @Order(2)
  SecurityFilterChain docsChain(HttpSecurity http, AuthenticationManager manager, ObjectMapper json)
      throws Exception {
    ApiAuthenticationProblems problems = new ApiAuthenticationProblems(json);
    MediaTypeRequestMatcher browser =
        new MediaTypeRequestMatcher(new HeaderContentNegotiationStrategy(), MediaType.TEXT_HTML);
    browser.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
    var entryPoint =
        new DelegatingAuthenticationEntryPoint(
            new java.util.LinkedHashMap<>(
                java.util.Map.of(browser, new LoginUrlAuthenticationEntryPoint("/login"))));
    entryPoint.setDefaultEntryPoint(problems);
    http.securityMatcher(DOCS)
        .authenticationManager(manager)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.disable())
        .exceptionHandling(
            e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(problems))
        .headers(SecurityHeaders::apply);
    return http.build();
  }

  /**
   * Operations (Spring Boot Actuator: health, metrics, Prometheus): teachers only, by HTTP Basic (a
   * scraper) or a signed-in session; never anonymous. No session is created here.
   */
  @Bean
  @Order(3)
  SecurityFilterChain operationsChain(
      HttpSecurity http, AuthenticationManager manager, ObjectMapper json) throws Exception {
    ApiAuthenticationProblems problems = new ApiAuthenticationProblems(json);
    http.securityMatcher(path("/actuator/**"))
        .authenticationManager(manager)
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.TEACHER.name()))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(SecurityHeaders::apply);
    return http.build();
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }
}
