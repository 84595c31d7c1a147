package org.fashionlab.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fashionlab.budget.Quantities;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request to one endpoint whose body is larger than that endpoint accepts, from its
 * Content-Length, before the multipart parser reads a byte of it. The servlet's own multipart limit
 * is the largest any endpoint needs (model archives); this filter holds smaller ones, such as a
 * photo's. A request without a length (chunked) is asked for one: its size cannot be known without
 * reading it, and every browser and HTTP client sends the length of a file upload.
 */
final class RequestSizeFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final String what;
  private final ObjectMapper json;

  /**
   * @param maxBytes the largest body accepted, multipart framing included
   * @param what what the endpoint receives, for the message, e.g. "A photo"
   */
  RequestSizeFilter(long maxBytes, String what, ObjectMapper json) {
    this.maxBytes = maxBytes;
    this.what = what;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length > maxBytes) {
      refuse(
          request,
          response,
          HttpStatus.PAYLOAD_TOO_LARGE,
          "%s upload can be at most %s; this request has %s."
              .formatted(what, Quantities.bytes(maxBytes), Quantities.bytes(length)));
      return;
    }
    if (length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
      refuse(
          request,
          response,
          HttpStatus.LENGTH_REQUIRED,
          "Send the upload with a Content-Length header (at most %s)."
              .formatted(Quantities.bytes(maxBytes)));
      return;
    }
    chain.doFilter(request, response);
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(java.net.URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    // The unread body is not worth draining: the connection closes after this answer.
    response.setHeader(HttpHeaders.CONNECTION, "close");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
