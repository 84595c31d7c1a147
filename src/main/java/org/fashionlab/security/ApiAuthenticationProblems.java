package org.fashionlab.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The JSON API's answers when a caller is not signed in (401 with {@code WWW-Authenticate}), signed
 * in too often wrongly (429 with {@code Retry-After}) or not allowed (403), each as an RFC 9457
 * problem detail saying why.
 */
final class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "Basic realm=\"Fashion Lab\"";

  private final ObjectMapper json;

  ApiAuthenticationProblems(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof SignInThrottledException throttled) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
      write(
          request,
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "Too many failed sign-ins",
          e.getMessage());
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
    String detail =
        request.getHeader(HttpHeaders.AUTHORIZATION) == null
            ? "Sign in first: send your Fashion Lab username and password with HTTP Basic."
            : "Wrong username or password.";
    write(request, response, HttpStatus.UNAUTHORIZED, "Not signed in", detail);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    String detail =
        e.getMessage() == null || e.getMessage().equals("Access Denied")
            ? "Your account may not do this."
            : e.getMessage();
    write(request, response, HttpStatus.FORBIDDEN, "Not allowed", detail);
  }

  private void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String title,
      String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(java.net.URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
