package org.fashionlab.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored training run: the one place its state lives. JSON columns hold the spec, the epoch
 * history of the current attempt and the test metrics; sampled losses are in {@code run_losses},
 * earlier attempts in {@code run_attempts}. The queue writes state and progress through {@link
 * RunLedger}; pages read it from here.
 */
@Entity
@Table(name = "runs")
class Run {

  @Id private UUID id;
  private String name;
  private String owner;
  private String kind;
  private String architecture;
  private long parameters;
  private String optimizer;
  private double learningRate;
  private int batchSize;
  private int epochs;

  @Column(name = "spec_json")
  private String specJson;

  @Enumerated(EnumType.STRING)
  private RunStatus status;

  private String message;
  private Instant createdAt;
  private Instant startedAt;
  private Instant finishedAt;
  private Double trainingSeconds;
  private int epochsCompleted;
  private Double finalTrainAccuracy;
  private Double finalValidationAccuracy;
  private Double testAccuracy;
  private Double testLoss;

  @Column(name = "history_json")
  private String historyJson;

  @Column(name = "confusion_json")
  private String confusionJson;

  private byte[] testPredictions;
  private UUID studyId;
  private Integer trial;
  private Integer fold;
  private Integer foldCount;
  private int attempt;
  private String worker;
  private boolean cancelRequested;
  private int priority;
  private Instant updatedAt;
  private UUID ownerId;
  private boolean shared;
  @Embedded private LiveProgress progress;

  protected Run() {}

  Integer getFoldCount() {
    return foldCount;
  }

  int getAttempt() {
    return attempt;
  }

  String getWorker() {
    return worker;
  }

  boolean isCancelRequested() {
    return cancelRequested;
  }

  /** The account that owns the run; null only for rows from before accounts, until adopted. */
  UUID getOwnerId() {
    return ownerId;
  }

  void setOwnerId(UUID ownerId) {
    this.ownerId = ownerId;
  }

  /** Whether the owner lets their classmates see it. */
  boolean isShared() {
    return shared;
  }

  void setShared(boolean shared) {
    this.shared = shared;
  }

  int getPriority() {
    return priority;
  }

  void setPriority(int priority) {
    this.priority = priority;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }

  void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  /** The live progress of the current attempt; null before it reports. */
  LiveProgress getProgress() {
    return progress;
  }

  UUID getStudyId() {
    return studyId;
  }

  Integer getTrial() {
    return trial;
  }

  Integer getFold() {
    return fold;
  }

  void tag(UUID studyId, Integer trial, Integer fold, Integer foldCount) {
    this.studyId = studyId;
    this.trial = trial;
    this.fold = fold;
    this.foldCount = foldCount;
  }

  Run(UUID id) {
    this.id = id;
  }

  UUID getId() {
    return id;
  }

  String getName() {
    return name;
  }

  void setName(String name) {
    this.name = name;
  }

  String getOwner() {
    return owner;
  }

  void setOwner(String owner) {
    this.owner = owner;
  }

  String getKind() {
    return kind;
  }

  void setKind(String kind) {
    this.kind = kind;
  }

  String getArchitecture() {
    return architecture;
  }

  void setArchitecture(String architecture) {
    this.architecture = architecture;
  }

  long getParameters() {
    return parameters;
  }

  void setParameters(long parameters) {
    this.parameters = parameters;
  }

  String getOptimizer() {
    return optimizer;
  }

  void setOptimizer(String optimizer) {
    this.optimizer = optimizer;
  }

  double getLearningRate() {
    return learningRate;
  }

  void setLearningRate(double learningRate) {
    this.learningRate = learningRate;
  }

  int getBatchSize() {
    return batchSize;
  }

  void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }

  int getEpochs() {
    return epochs;
  }

  void setEpochs(int epochs) {
    this.epochs = epochs;
  }

  String getSpecJson() {
    return specJson;
  }

  void setSpecJson(String specJson) {
    this.specJson = specJson;
  }

  RunStatus getStatus() {
    return status;
  }

  void setStatus(RunStatus status) {
    this.status = status;
  }

  String getMessage() {
    return message;
  }

  void setMessage(String message) {
    this.message = message;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  Instant getStartedAt() {
    return startedAt;
  }

  void setStartedAt(Instant startedAt) {
    this.startedAt = startedAt;
  }

  Instant getFinishedAt() {
    return finishedAt;
  }

  void setFinishedAt(Instant finishedAt) {
    this.finishedAt = finishedAt;
  }

  Double getTrainingSeconds() {
    return trainingSeconds;
  }

  void setTrainingSeconds(Double trainingSeconds) {
    this.trainingSeconds = trainingSeconds;
  }

  int getEpochsCompleted() {
    return epochsCompleted;
  }

  void setEpochsCompleted(int epochsCompleted) {
    this.epochsCompleted = epochsCompleted;
  }

  Double getFinalTrainAccuracy() {
    return finalTrainAccuracy;
  }

  void setFinalTrainAccuracy(Double v) {
    this.finalTrainAccuracy = v;
  }

  Double getFinalValidationAccuracy() {
    return finalValidationAccuracy;
  }

  void setFinalValidationAccuracy(Double v) {
    this.finalValidationAccuracy = v;
  }

  Double getTestAccuracy() {
    return testAccuracy;
  }

  void setTestAccuracy(Double testAccuracy) {
    this.testAccuracy = testAccuracy;
  }

  Double getTestLoss() {
    return testLoss;
  }

  void setTestLoss(Double testLoss) {
    this.testLoss = testLoss;
  }

  String getHistoryJson() {
    return historyJson;
  }

  void setHistoryJson(String historyJson) {
    this.historyJson = historyJson;
  }

  String getConfusionJson() {
    return confusionJson;
  }

  void setConfusionJson(String confusionJson) {
    this.confusionJson = confusionJson;
  }

  byte[] getTestPredictions() {
    return testPredictions;
  }

  void setTestPredictions(byte[] testPredictions) {
    this.testPredictions = testPredictions;
  }
}
