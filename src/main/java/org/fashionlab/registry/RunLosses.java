package org.fashionlab.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fashionlab.training.LossPoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sampled training losses of a run, stored per attempt in small chunks as the training reports
 * them, so a watcher reads only the chunks it has not seen.
 */
@Component
public class RunLosses {

  /** One stored chunk: its number within the attempt and its points. */
  public record Chunk(int seq, List<LossPoint> points) {}

  private final JdbcTemplate jdbc;
  private final RunJson json;

  RunLosses(JdbcTemplate jdbc, RunJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Appends chunk {@code seq} of an attempt. */
  public void append(UUID run, int attempt, int seq, List<LossPoint> points) {
    jdbc.update(
        "INSERT INTO run_losses (run_id, attempt, seq, points) VALUES (?, ?, ?, ?)",
        run,
        attempt,
        seq,
        json.write(points));
  }

  /** The chunks of an attempt after {@code afterSeq} (-1 for all), in order. */
  public List<Chunk> since(UUID run, int attempt, int afterSeq) {
    return jdbc.query(
        "SELECT seq, points FROM run_losses WHERE run_id = ? AND attempt = ? AND seq > ?"
            + " ORDER BY seq",
        (rs, i) -> new Chunk(rs.getInt(1), json.losses(rs.getString(2))),
        run,
        attempt,
        afterSeq);
  }

  /** Every point of an attempt, in order. */
  public List<LossPoint> all(UUID run, int attempt) {
    List<LossPoint> points = new ArrayList<>();
    since(run, attempt, -1).forEach(c -> points.addAll(c.points()));
    return points;
  }
}
