package org.fashionlab.api;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.assignment.InvalidAssignmentException;
import org.fashionlab.budget.Quantities;
import org.fashionlab.model.InvalidSpecException;
import org.fashionlab.model.JsonViolations;
import org.fashionlab.model.SpecViolation;
import org.fashionlab.registry.ImportRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Errors of the JSON API as RFC 9457 problem details with a message a student can act on. Field
 * problems, whether the body could not be read or its values were refused, come as a list of {@code
 * violations}, each with the field's path and the reason.
 */
@RestControllerAdvice(basePackages = "org.fashionlab")
class ApiErrors {

  @ExceptionHandler(InvalidSpecException.class)
  ProblemDetail invalidSpec(InvalidSpecException e) {
    return violations("Invalid model settings", e.getMessage(), e.violations());
  }

  @ExceptionHandler(InvalidAssignmentException.class)
  ProblemDetail invalidAssignment(InvalidAssignmentException e) {
    return violations("Invalid assignment", e.getMessage(), e.violations());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    SpecViolation violation =
        e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json
            ? JsonViolations.violation(json)
            : new SpecViolation(JsonViolations.BODY, "the request needs a JSON body");
    return violations(
        "Invalid request body",
        "The request body cannot be used: " + violation,
        List.of(violation));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail wrongParameter(MethodArgumentTypeMismatchException e) {
    SpecViolation violation =
        new SpecViolation(
            e.getName(),
            "expected "
                + (e.getRequiredType() == null
                    ? "another value"
                    : JsonViolations.expected(e.getRequiredType()))
                + ", got \""
                + e.getValue()
                + "\"");
    return violations("Invalid parameter", violation.toString(), List.of(violation));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    SpecViolation violation = new SpecViolation(e.getParameterName(), "missing");
    return violations("Missing parameter", violation.toString(), List.of(violation));
  }

  @ExceptionHandler({ImportRefusedException.class, IllegalArgumentException.class})
  ProblemDetail refused(RuntimeException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return problem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        e.getMaxUploadSize() > 0
            ? "The upload is larger than the "
                + Quantities.bytes(e.getMaxUploadSize())
                + " accepted here."
            : "The upload is larger than the server accepts.");
  }

  @ExceptionHandler(MultipartException.class)
  ProblemDetail notMultipart(MultipartException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "The upload cannot be read: send it as multipart/form-data with the file in \"file\".");
  }

  @ExceptionHandler(NotYoursException.class)
  ProblemDetail notYours(NotYoursException e) {
    ProblemDetail problem = problem(HttpStatus.FORBIDDEN, e.getMessage());
    problem.setTitle("Not yours");
    return problem;
  }

  @ExceptionHandler(NoSuchElementException.class)
  ProblemDetail notFound(NoSuchElementException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail conflict(IllegalStateException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage());
  }

  private static ProblemDetail violations(
      String title, String detail, List<SpecViolation> violations) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle(title);
    problem.setProperty(
        "violations",
        violations.stream()
            .map(v -> Map.of("field", v.field(), "message", v.message()))
            .collect(Collectors.toList()));
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String detail) {
    return ProblemDetail.forStatusAndDetail(status, detail);
  }
}
