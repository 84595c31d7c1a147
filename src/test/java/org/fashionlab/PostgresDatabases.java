package org.fashionlab;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh databases on the real PostgreSQL the tests use. bin/test makes sure a server answers on
 * 127.0.0.1:5432 (or FASHIONLAB_TEST_PG_PORT), starting a throw-away one where none runs.
 */
public final class PostgresDatabases {

  public static final String HOST =
      "127.0.0.1:" + System.getenv().getOrDefault("FASHIONLAB_TEST_PG_PORT", "5432");

  private PostgresDatabases() {}

  /** Drops and creates {@code name}, so migrations are tested from scratch; returns its URL. */
  public static String recreate(String name) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new SQLException(
          "PostgreSQL is not reachable at "
              + HOST
              + " (user postgres, trust auth). Run bin/test,"
              + " which starts one, or set FASHIONLAB_TEST_PG_PORT.",
          e);
    }
    return "jdbc:postgresql://" + HOST + "/" + name;
  }
}
