package org.fashionlab.classify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A stored upload: the file's generated name, its fingerprint, and the models' answers. */
@Entity
@Table(name = "uploads")
class Upload {

  @Id private UUID id;
  private Instant createdAt;
  private String owner;
  private UUID ownerId;
  private String fileName;
  private String format;
  private long sizeBytes;
  private String sha256;
  private int width;
  private int height;
  private byte[] inputPixels;

  @Column(name = "predictions_json")
  private String predictionsJson;

  protected Upload() {}

  Upload(UUID id, Instant createdAt, String owner, UUID ownerId, String fileName, String format) {
    this.id = id;
    this.ownerId = ownerId;
    this.createdAt = createdAt;
    this.owner = owner;
    this.fileName = fileName;
    this.format = format;
  }

  UUID getId() {
    return id;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  String getOwner() {
    return owner;
  }

  UUID getOwnerId() {
    return ownerId;
  }

  String getFileName() {
    return fileName;
  }

  String getFormat() {
    return format;
  }

  long getSizeBytes() {
    return sizeBytes;
  }

  String getSha256() {
    return sha256;
  }

  int getWidth() {
    return width;
  }

  int getHeight() {
    return height;
  }

  byte[] getInputPixels() {
    return inputPixels;
  }

  String getPredictionsJson() {
    return predictionsJson;
  }

  void describe(long sizeBytes, String sha256, int width, int height) {
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.width = width;
    this.height = height;
  }

  void record(byte[] inputPixels, String predictionsJson) {
    this.inputPixels = inputPixels;
    this.predictionsJson = predictionsJson;
  }
}
