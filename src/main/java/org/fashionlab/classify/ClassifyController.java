package org.fashionlab.classify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.fashionlab.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** Classify a photo through the API: the same preprocessing and models as the Classify page. */
@RestController
@RequestMapping("/api/classify")
@Tag(name = "Classify", description = "Ask trained models about a photo")
class ClassifyController {

  /**
   * The JSON answer: the upload's id, each model's top classes, the agreement sentence and notes
   * (colours converted approximately, older uploads removed to make room).
   */
  record Answer(
      UUID uploadId, List<ModelPrediction> predictions, String agreement, List<String> notes) {}

  private final ClassifyService classify;
  private final CurrentUser currentUser;

  ClassifyController(ClassifyService classify, CurrentUser currentUser) {
    this.classify = classify;
    this.currentUser = currentUser;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Classify a PNG, JPEG, GIF, BMP or WebP photo with one, several or all models",
      description = "Omit runId to ask every finished model. 400 explains a refused file.")
  Answer classify(
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "runId", required = false) List<UUID> runIds)
      throws IOException {
    if (file.getSize() > classify.limits().maxUploadBytes()) {
      // The request itself was just under the limit (UploadLimits); the file is over it: 413.
      throw new MaxUploadSizeExceededException(classify.limits().maxUploadBytes());
    }
    Classification result = classify.classify(file.getBytes(), currentUser.username(), runIds);
    return new Answer(result.uploadId(), result.predictions(), result.agreement(), result.notes());
  }

  @ExceptionHandler(ImageRefusedException.class)
  ProblemDetail refused(ImageRefusedException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Image refused");
    return problem;
  }
}
