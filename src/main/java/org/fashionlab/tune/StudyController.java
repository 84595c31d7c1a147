package org.fashionlab.tune;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.fashionlab.account.Scope;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Grid-search studies through the API, as on the Tune page. */
@RestController
@RequestMapping("/api/studies")
@Tag(name = "Studies", description = "Hyperparameter grid searches")
class StudyController {

  private final StudyService studies;
  private final CurrentUser currentUser;

  StudyController(StudyService studies, CurrentUser currentUser) {
    this.studies = studies;
    this.currentUser = currentUser;
  }

  @PostMapping("/estimate")
  @Operation(summary = "Trials, runs and estimated time of a study, without starting it")
  StudyEstimate estimate(@RequestBody StudySpec spec) {
    return studies.estimate(spec);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Start a study: every grid combination is queued as a run")
  StudyResult start(@RequestBody StudySpec spec) {
    return studies.start(spec, currentUser.username());
  }

  @GetMapping
  @Operation(
      summary = "The caller's studies, newest first",
      description = "scope=class adds, for a teacher, the studies of the classes they teach")
  List<StudyResult> list(@RequestParam(defaultValue = "mine") String scope) {
    return studies.list(Scope.parse(scope));
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "A study's status and its trials' results, best marked",
      description = "403 when the study is someone else's (owner and their teacher only)")
  StudyResult get(@PathVariable UUID id) {
    return studies.readable(id);
  }

  @PostMapping("/{id}/cancel")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Drop queued trials and stop the running one")
  void cancel(@PathVariable UUID id) {
    studies.manageable(id);
    studies.cancel(id);
  }

  @PostMapping("/{id}/train-best")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Train the best configuration on all training images and test it")
  RunSummary trainBest(@PathVariable UUID id) {
    studies.manageable(id);
    return studies.trainBest(id, currentUser.username());
  }

  @ExceptionHandler(InvalidStudyException.class)
  ProblemDetail invalid(InvalidStudyException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid study");
    problem.setProperty("problems", e.problems());
    return problem;
  }
}
