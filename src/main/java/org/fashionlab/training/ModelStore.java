package org.fashionlab.training;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Trained models as rows of {@code run_models}: a run's spec and DJL's parameter file, in the
 * application's database, so that whichever node predicts or exports finds them without a shared
 * disk. Writes join the caller's transaction (a run's end stores its model in the same one).
 */
@Component
public class ModelStore {

  /** A stored model: its spec as JSON and the bytes of its parameter file. */
  public record Stored(String specJson, byte[] parameters) {}

  /** Ids per IN list: well under what H2 and PostgreSQL take in one statement. */
  private static final int IN_LIST = 1000;

  private final JdbcTemplate jdbc;

  public ModelStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the model of {@code runId}, replacing an earlier one. */
  void put(UUID runId, String specJson, byte[] parameters) {
    jdbc.update("DELETE FROM run_models WHERE run_id = ?", runId);
    jdbc.update(
        "INSERT INTO run_models (run_id, spec_json, parameters, size_bytes, stored_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        runId,
        specJson,
        parameters,
        (long) parameters.length,
        Timestamp.from(Instant.now()));
  }

  Optional<Stored> get(UUID runId) {
    List<Stored> rows =
        jdbc.query(
            "SELECT spec_json, parameters FROM run_models WHERE run_id = ?",
            (rs, i) -> new Stored(rs.getString(1), rs.getBytes(2)),
            runId);
    return rows.stream().findFirst();
  }

  Optional<String> specJson(UUID runId) {
    return jdbc
        .queryForList("SELECT spec_json FROM run_models WHERE run_id = ?", String.class, runId)
        .stream()
        .findFirst();
  }

  boolean exists(UUID runId) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM run_models WHERE run_id = ?", Integer.class, runId);
    return n != null && n > 0;
  }

  /** Which of {@code runIds} have a stored model: one query a thousand runs. */
  java.util.Set<UUID> existing(java.util.Collection<UUID> runIds) {
    java.util.Set<UUID> found = new java.util.HashSet<>();
    List<UUID> ids = List.copyOf(runIds);
    for (int from = 0; from < ids.size(); from += IN_LIST) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
      found.addAll(
          jdbc.queryForList(
              "SELECT run_id FROM run_models WHERE run_id IN ("
                  + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                  + ")",
              UUID.class,
              chunk.toArray()));
    }
    return found;
  }

  void delete(UUID runId) {
    jdbc.update("DELETE FROM run_models WHERE run_id = ?", runId);
  }

  /** Deletes models whose run is gone (deleted between its row and its model); how many. */
  int deleteOrphans() {
    return jdbc.update("DELETE FROM run_models WHERE run_id NOT IN (SELECT id FROM runs)");
  }
}
