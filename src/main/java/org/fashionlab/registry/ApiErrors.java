package org.fashionlab.registry;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.fashionlab.account.NotYoursException;
import org.fashionlab.model.InvalidSpecException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Errors of the JSON API as RFC 9457 problem details with a message a student can act on. */
@RestControllerAdvice(basePackages = "org.fashionlab")
class ApiErrors {

  @ExceptionHandler(InvalidSpecException.class)
  ProblemDetail invalidSpec(InvalidSpecException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid model settings");
    List<Map<String, String>> violations =
        e.violations().stream()
            .map(v -> Map.of("field", v.field(), "message", v.message()))
            .toList();
    problem.setProperty("violations", violations);
    return problem;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    String cause = e.getMostSpecificCause().getMessage();
    return problem(
        HttpStatus.BAD_REQUEST,
        "The request body is not a valid model spec: "
            + (cause == null ? "" : cause.lines().findFirst().orElse("")));
  }

  /** A path or query value of the wrong type: said in words, without Spring's class names. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
    String expected =
        e.getRequiredType() == null ? "" : ": expected a " + e.getRequiredType().getSimpleName();
    return problem(
        HttpStatus.BAD_REQUEST, "The value of '" + e.getName() + "' is not valid" + expected + ".");
  }

  @ExceptionHandler({ImportRefusedException.class, IllegalArgumentException.class})
  ProblemDetail refused(RuntimeException e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than the server accepts.");
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

  private static ProblemDetail problem(HttpStatus status, String detail) {
    return ProblemDetail.forStatusAndDetail(status, detail);
  }
}
