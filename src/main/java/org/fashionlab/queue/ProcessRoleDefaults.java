package org.fashionlab.queue;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the process role into Spring settings, as defaults that explicit settings override: a
 * worker starts no web server and no Vaadin; a web process starts no db-scheduler (it only
 * schedules, through a client), so it never picks a training.
 */
public class ProcessRoleDefaults implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> defaults = new HashMap<>();
    ProcessRole role = ProcessRole.of(environment);
    if (!role.serves()) {
      defaults.put("spring.main.web-application-type", "none");
      // Vaadin's auto-configuration needs a web application context.
      defaults.put(
          "spring.autoconfigure.exclude",
          "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
              + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");
    }
    if (!role.trains()) {
      defaults.put("db-scheduler.enabled", "false");
    }
    if (!defaults.isEmpty()) {
      environment
          .getPropertySources()
          .addLast(new MapPropertySource("fashionlab-role-" + role, defaults));
    }
  }
}
