package org.fashionlab.registry.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port with its own in-memory H2 and model folder: one test
 * context shared by the Models page's view and browser tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "fashionlab.dataset.work-dir=target/fashion-mnist",
      "fashionlab.storage.data-dir=target/test-data/models-page",
      "spring.datasource.url=jdbc:h2:mem:models-page;DB_CLOSE_DELAY=-1"
    })
@interface ModelsPageTest {}
