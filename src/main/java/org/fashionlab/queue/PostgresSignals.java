package org.fashionlab.queue;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signals between processes through PostgreSQL: a change is a {@code NOTIFY} in the transaction
 * that made it (delivered when it commits, to every listener, this process included). One thread
 * per process LISTENs on its own connection, waking at least every half second (never with 0, which
 * blocks forever on a dead connection), and reconnects when the connection breaks. Since
 * notifications can be late or lost with a connection, it also polls the runs changed in the last
 * seconds every two seconds.
 */
final class PostgresSignals implements RunSignals {

  static final String CHANNEL = "fashionlab_runs";
  private static final Logger log = LoggerFactory.getLogger(PostgresSignals.class);
  private static final int WAIT_MILLIS = 500;
  private static final long POLL_MILLIS = 2_000;

  private final JdbcTemplate jdbc;
  private final String url;
  private final String user;
  private final String password;
  private final boolean listens;
  private volatile BiConsumer<UUID, RunChange.Kind> receiver;
  private volatile boolean stopped;
  private Thread listener;

  PostgresSignals(JdbcTemplate jdbc, String url, String user, String password, boolean listens) {
    this.jdbc = jdbc;
    this.url = url;
    this.user = user;
    this.password = password;
    this.listens = listens;
  }

  @Override
  public void announce(UUID runId, RunChange.Kind kind) {
    // In the caller's transaction when there is one: PostgreSQL delivers it on commit.
    jdbc.queryForList("SELECT pg_notify(?, ?)", CHANNEL, runId + ":" + kind.name());
  }

  @Override
  public synchronized void listen(BiConsumer<UUID, RunChange.Kind> receiver) {
    this.receiver = receiver;
    if (listens && listener == null) {
      listener = new Thread(this::loop, "run-signals");
      listener.setDaemon(true);
      listener.start();
    }
  }

  private void loop() {
    Instant polledUpTo = Instant.now();
    while (!stopped) {
      try (Connection connection = DriverManager.getConnection(url, user, password)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastPoll = System.nanoTime();
        while (!stopped) {
          PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
          if (notifications != null) {
            for (PGNotification n : notifications) {
              deliver(n.getParameter());
            }
          }
          if (System.nanoTime() - lastPoll > POLL_MILLIS * 1_000_000) {
            polledUpTo = poll(polledUpTo);
            lastPoll = System.nanoTime();
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!stopped) {
          log.warn("Listening for run changes failed ({}); reconnecting in 2 s", e.toString());
          sleep(2_000);
        }
      }
    }
  }

  /** Announces every run changed since {@code since}; returns the new mark. */
  private Instant poll(Instant since) {
    Instant now = Instant.now();
    jdbc.query(
        "SELECT id, status FROM runs WHERE updated_at > ?",
        rs -> {
          receiver.accept(
              rs.getObject(1, UUID.class),
              "RUNNING".equals(rs.getString(2)) ? RunChange.Kind.PROGRESS : RunChange.Kind.STATE);
        },
        Timestamp.from(since.minusSeconds(1)));
    return now;
  }

  private void deliver(String payload) {
    int colon = payload.indexOf(':');
    try {
      receiver.accept(
          UUID.fromString(payload.substring(0, colon)),
          RunChange.Kind.valueOf(payload.substring(colon + 1)));
    } catch (RuntimeException e) {
      log.warn("Ignoring a malformed run signal \"{}\"", payload);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @PreDestroy
  void stop() {
    stopped = true;
  }
}
