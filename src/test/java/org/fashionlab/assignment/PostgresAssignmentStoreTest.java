package org.fashionlab.assignment;

import java.sql.SQLException;
import org.fashionlab.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same contract on a real PostgreSQL (the {@code postgres} profile), in a fresh database. */
@SpringBootTest(properties = "fashionlab.storage.data-dir=target/test-data/pg-assignments")
@ActiveProfiles("postgres")
class PostgresAssignmentStoreTest extends AssignmentStoreContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    String url = TestPostgres.freshDatabase("fashionlab_assignments_test");
    registry.add("spring.datasource.url", () -> url);
  }
}
