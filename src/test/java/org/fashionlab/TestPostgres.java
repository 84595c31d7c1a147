package org.fashionlab;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real PostgreSQL the contract tests run on. bin/test makes sure a server answers on
 * 127.0.0.1:5432 (or FASHIONLAB_TEST_PG_PORT), starting a throw-away one where none runs.
 */
public final class TestPostgres {

  public static final String HOST =
      "127.0.0.1:" + System.getenv().getOrDefault("FASHIONLAB_TEST_PG_PORT", "5432");

  private TestPostgres() {}

  /** Drops and creates {@code database}, so migrations are tested from scratch; its JDBC URL. */
  public static String freshDatabase(String database) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new SQLException(
          "PostgreSQL is not reachable at "
              + HOST
              + " (user postgres, trust auth). Run bin/test,"
              + " which starts one, or set FASHIONLAB_TEST_PG_PORT.",
          e);
    }
    return "jdbc:postgresql://" + HOST + "/" + database;
  }
}
