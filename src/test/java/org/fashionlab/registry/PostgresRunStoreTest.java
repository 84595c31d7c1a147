package org.fashionlab.registry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same contract on a real PostgreSQL (the {@code postgres} profile). bin/test makes sure a
 * server answers on 127.0.0.1:5432, starting a throw-away one where none runs.
 */
@SpringBootTest(properties = "fashionlab.storage.data-dir=target/test-data/pg-store")
@ActiveProfiles("postgres")
class PostgresRunStoreTest extends RunStoreContract {

  static final String HOST =
      "127.0.0.1:" + System.getenv().getOrDefault("FASHIONLAB_TEST_PG_PORT", "5432");
  static final String DATABASE = "fashionlab_test";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    recreateDatabase();
    registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + HOST + "/" + DATABASE);
  }

  /** A fresh database each run, so the migrations are tested from scratch. */
  private static void recreateDatabase() throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new SQLException(
          "PostgreSQL is not reachable at "
              + HOST
              + " (user postgres, trust auth). Run bin/test,"
              + " which starts one, or set FASHIONLAB_TEST_PG_PORT.",
          e);
    }
  }
}
