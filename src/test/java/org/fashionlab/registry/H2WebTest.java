package org.fashionlab.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole application on a random port with an in-memory H2: one shared test context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "fashionlab.storage.data-dir=target/test-data/h2-web",
      "spring.datasource.url=jdbc:h2:mem:h2-web;DB_CLOSE_DELAY=-1"
    })
public @interface H2WebTest {}
