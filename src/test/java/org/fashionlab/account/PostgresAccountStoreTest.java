package org.fashionlab.account;

import java.sql.SQLException;
import org.fashionlab.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The accounts contract on a real PostgreSQL, migrated from scratch in its own database. */
@SpringBootTest(properties = "fashionlab.storage.data-dir=target/test-data/pg-accounts")
@ActiveProfiles("postgres")
class PostgresAccountStoreTest extends AccountStoreContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    String url = TestPostgres.freshDatabase("fashionlab_accounts_test");
    registry.add("spring.datasource.url", () -> url);
  }
}
