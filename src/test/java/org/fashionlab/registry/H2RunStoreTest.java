package org.fashionlab.registry;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
    properties = {
      "fashionlab.storage.data-dir=target/test-data/h2-store",
      "spring.datasource.url=jdbc:h2:mem:h2-store;DB_CLOSE_DELAY=-1"
    })
class H2RunStoreTest extends RunStoreContract {}
