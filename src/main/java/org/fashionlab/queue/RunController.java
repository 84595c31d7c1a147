package org.fashionlab.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.fashionlab.account.Scope;
import org.fashionlab.model.ModelSpec;
import org.fashionlab.model.Presets;
import org.fashionlab.registry.RunAccess;
import org.fashionlab.registry.RunArchive;
import org.fashionlab.registry.RunDetails;
import org.fashionlab.registry.RunService;
import org.fashionlab.registry.RunSummary;
import org.fashionlab.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** JSON API for runs: the same data and actions as the Models and Train pages. */
@RestController
@RequestMapping("/api")
@Tag(name = "Runs", description = "Training runs and their models")
class RunController {

  private final RunService runs;
  private final TrainingQueue queue;
  private final RunArchive archive;
  private final RunAccess access;
  private final CurrentUser currentUser;

  RunController(
      RunService runs,
      TrainingQueue queue,
      RunArchive archive,
      RunAccess access,
      CurrentUser currentUser) {
    this.runs = runs;
    this.queue = queue;
    this.archive = archive;
    this.access = access;
    this.currentUser = currentUser;
  }

  @GetMapping("/presets")
  @Operation(summary = "The course's preset model specs, ready to post to /api/runs")
  List<ModelSpec> presets() {
    return Presets.all();
  }

  @GetMapping("/runs")
  @Operation(
      summary = "The caller's runs, newest first",
      description =
          "scope=class adds, for a teacher, every run of the classes they teach; for a student,"
              + " the finished runs classmates shared.")
  List<RunSummary> list(@RequestParam(defaultValue = "mine") String scope) {
    return access.list(Scope.parse(scope));
  }

  @GetMapping("/runs/{id}")
  @Operation(
      summary = "One run with its spec, epoch history, confusion matrix and per-class metrics",
      description = "403 when the run is someone else's and not shared with the caller")
  RunDetails get(@PathVariable UUID id) {
    return access.details(id).orElseThrow(() -> RunService.notFound(id));
  }

  /** A new name for a run. */
  record NewName(String name) {}

  @PutMapping("/runs/{id}/name")
  @Operation(summary = "Rename a run (1 to 80 characters); 403 when it is someone else's")
  RunSummary rename(@PathVariable UUID id, @RequestBody NewName name) {
    return access.rename(id, name.name());
  }

  @PutMapping("/runs/{id}/shared")
  @Operation(
      summary = "Share a finished run with your classmates (read only), or stop sharing it",
      description = "Only the run's owner decides; 403 for anyone else")
  RunSummary share(@PathVariable UUID id, @RequestParam boolean value) {
    return access.share(id, value);
  }

  @PostMapping("/runs")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Validate a spec and queue its training; 400 lists each invalid field")
  RunSummary start(@RequestBody ModelSpec spec) {
    return queue.submit(spec, currentUser.username());
  }

  @PostMapping("/runs/{id}/cancel")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Stop a queued or running run")
  void cancel(@PathVariable UUID id) {
    access.manageable(id);
    if (!queue.cancel(id)) {
      throw new IllegalStateException("Run " + id + " is not queued or running.");
    }
  }

  @DeleteMapping("/runs/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a run and its model")
  void delete(@PathVariable UUID id) {
    access.manageable(id);
    queue.delete(id);
  }

  @GetMapping(value = "/runs/{id}/export", produces = "application/zip")
  @Operation(summary = "Download the trained model: spec.json, DJL parameters, metrics.json")
  ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id) {
    RunSummary run = access.exportable(id);
    if (!runs.canPredict(id)) {
      throw new IllegalStateException("Run " + run.name() + " has no trained model to export.");
    }
    String file = run.name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".zip";
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file).build().toString())
        .contentType(MediaType.parseMediaType("application/zip"))
        .body(out -> archive.export(id, out));
  }

  @PostMapping(value = "/runs/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register an exported model archive as a new run")
  RunSummary importArchive(@RequestParam("file") MultipartFile file) throws IOException {
    return access.lens().show(archive.importArchive(file.getInputStream(), currentUser.username()));
  }
}
