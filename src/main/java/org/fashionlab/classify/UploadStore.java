package org.fashionlab.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.fashionlab.storage.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files under the uploads folder, each under a generated name (never the user's), and
 * their database rows. Each owner keeps at most {@link ClassifyProperties#maxUploadsPerOwner()}
 * uploads and {@link ClassifyProperties#maxOwnerMegabytes()}: a new upload removes that owner's
 * oldest ones first, and says so. Uploads older than the retention period are removed on the way.
 */
@Component
class UploadStore {

  private static final TypeReference<List<ModelPrediction>> PREDICTIONS = new TypeReference<>() {};

  private static final Logger log = LoggerFactory.getLogger(UploadStore.class);

  private final UploadRepository uploads;
  private final ObjectMapper json;
  private final Path folder;
  private final ClassifyProperties limits;

  UploadStore(
      UploadRepository uploads,
      ObjectMapper json,
      StorageProperties storage,
      ClassifyProperties limits) {
    this.uploads = uploads;
    this.json = json;
    this.folder = storage.uploadsDir().toAbsolutePath();
    this.limits = limits;
  }

  /** A stored upload, and what was removed to make room for it ("" when nothing). */
  record Stored(UUID id, int removed, String notice) {}

  @Transactional
  Stored save(
      byte[] bytes,
      String owner,
      UUID ownerId,
      ImageDecoder.Decoded decoded,
      float[] input,
      List<ModelPrediction> predictions) {
    removeExpired();
    int removed = makeRoom(ownerId, bytes.length);
    UUID id = UUID.randomUUID();
    String fileName = id + "." + extension(decoded.format());
    Upload upload = new Upload(id, Instant.now(), owner, ownerId, fileName, decoded.format());
    upload.describe(
        bytes.length, sha256(bytes), decoded.image().getWidth(), decoded.image().getHeight());
    byte[] pixels = new byte[input.length];
    for (int i = 0; i < input.length; i++) {
      pixels[i] = (byte) Math.round(input[i] * 255);
    }
    upload.record(pixels, write(predictions));
    write(fileName, bytes);
    try {
      uploads.save(upload);
    } catch (RuntimeException e) {
      deleteFile(fileName);
      throw e;
    }
    return new Stored(id, removed, removed == 0 ? "" : notice(removed));
  }

  /** Removes the owner's oldest uploads until one of {@code bytes} more fits; how many went. */
  private int makeRoom(UUID ownerId, long bytes) {
    if (bytes > limits.maxOwnerBytes()) {
      throw new ImageRefusedException(
          "This photo is larger than the "
              + limits.maxOwnerMegabytes()
              + " MB each person may keep. Upload a smaller one.");
    }
    // Sizes and names only: an owner's 100 uploads with their answers would be a megabyte to read.
    List<UploadRepository.Kept> mine = uploads.findByOwnerIdOrderByCreatedAtAsc(ownerId);
    long kept = mine.stream().mapToLong(UploadRepository.Kept::getSizeBytes).sum();
    int count = mine.size();
    int removed = 0;
    while (removed < mine.size()
        && (count + 1 > limits.maxUploadsPerOwner() || kept + bytes > limits.maxOwnerBytes())) {
      UploadRepository.Kept oldest = mine.get(removed++);
      kept -= oldest.getSizeBytes();
      count--;
      remove(oldest.getId(), oldest.getFileName());
    }
    return removed;
  }

  private String notice(int removed) {
    return (removed == 1 ? "Your oldest upload was" : "Your " + removed + " oldest uploads were")
        + " removed to stay within the "
        + limits.maxUploadsPerOwner()
        + " uploads and "
        + limits.maxOwnerMegabytes()
        + " MB each person may keep.";
  }

  private void removeExpired() {
    Instant cutoff = Instant.now().minus(Duration.ofDays(limits.retentionDays()));
    List<UploadRepository.Kept> expired = uploads.findByCreatedAtBefore(cutoff);
    expired.forEach(u -> remove(u.getId(), u.getFileName()));
    if (!expired.isEmpty()) {
      log.info("Removed {} uploads older than {} days", expired.size(), limits.retentionDays());
    }
  }

  /** Deletes an upload's row and its file. */
  private void remove(UUID id, String fileName) {
    uploads.deleteById(id);
    deleteFile(fileName);
  }

  /** The latest uploads of these owners, newest first. */
  @Transactional(readOnly = true)
  List<UploadRecord> recent(java.util.Collection<UUID> owners) {
    return uploads.findTop50ByOwnerIdInOrderByCreatedAtDesc(owners).stream()
        .map(this::record)
        .toList();
  }

  /** One upload, or empty when there is no such upload. */
  @Transactional(readOnly = true)
  java.util.Optional<UploadRecord> find(UUID id) {
    return uploads.findById(id).map(this::record);
  }

  /** The account that uploaded it. */
  @Transactional(readOnly = true)
  UUID ownerOf(UUID id) {
    return uploads
        .findById(id)
        .map(Upload::getOwnerId)
        .orElseThrow(() -> new NoSuchElementException("No upload " + id));
  }

  @Transactional
  int adoptOwnerless(UUID ownerId, String owner) {
    return uploads.adoptOwnerless(ownerId, owner);
  }

  @Transactional
  void delete(UUID id) {
    Upload upload =
        uploads.findById(id).orElseThrow(() -> new NoSuchElementException("No upload " + id));
    remove(id, upload.getFileName());
  }

  /** The stored file of an upload. */
  Path file(UUID id) {
    return uploads
        .findById(id)
        .map(u -> folder.resolve(u.getFileName()))
        .orElseThrow(() -> new NoSuchElementException("No upload " + id));
  }

  private UploadRecord record(Upload u) {
    int[] input = new int[u.getInputPixels().length];
    for (int i = 0; i < input.length; i++) {
      input[i] = Byte.toUnsignedInt(u.getInputPixels()[i]);
    }
    try {
      return new UploadRecord(
          u.getId(),
          u.getCreatedAt(),
          u.getOwner(),
          u.getFormat(),
          u.getSizeBytes(),
          u.getSha256(),
          u.getWidth(),
          u.getHeight(),
          input,
          json.readValue(u.getPredictionsJson(), PREDICTIONS),
          u.getOwnerId());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored predictions cannot be read", e);
    }
  }

  private void write(String fileName, byte[] bytes) {
    try {
      Files.createDirectories(folder);
      Path temp = Files.createTempFile(folder, ".upload-", ".tmp");
      Files.write(temp, bytes);
      Files.move(temp, folder.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the upload: " + e.getMessage(), e);
    }
  }

  private void deleteFile(String fileName) {
    try {
      Files.deleteIfExists(folder.resolve(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String extension(String format) {
    return switch (format) {
      case "jpeg", "jpg" -> "jpg";
      case "png", "gif", "bmp", "webp" -> format;
      default -> "img";
    };
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
