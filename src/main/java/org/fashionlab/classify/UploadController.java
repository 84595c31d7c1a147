package org.fashionlab.classify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.fashionlab.account.Scope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Earlier uploads through the API, as the Classify page lists them. */
@RestController
@RequestMapping("/api/uploads")
@Tag(name = "Uploads", description = "Photos uploaded to be classified, with the answers")
class UploadController {

  private final ClassifyService classify;

  UploadController(ClassifyService classify) {
    this.classify = classify;
  }

  @GetMapping
  @Operation(
      summary = "The caller's latest uploads, newest first",
      description = "scope=class adds, for a teacher, the uploads of the classes they teach")
  List<UploadRecord> list(@RequestParam(defaultValue = "mine") String scope) {
    return classify.history(Scope.parse(scope));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One upload; 403 when it is someone else's")
  UploadRecord get(@PathVariable UUID id) {
    return classify.upload(id);
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete an upload's file and record; 403 when it is someone else's")
  void delete(@PathVariable UUID id) {
    classify.delete(id);
  }
}
