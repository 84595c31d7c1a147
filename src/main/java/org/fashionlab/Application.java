package org.fashionlab;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Fashion Lab: a classroom portal for image recognition with Fashion-MNIST. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@Theme("fashionlab")
@PWA(name = "Fashion Lab", shortName = "Fashion Lab")
public class Application implements AppShellConfigurator {

  public static void main(String[] args) {
    // DJL would otherwise try the network for telemetry and downloads on start-up.
    System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
    SpringApplication.run(Application.class, args);
  }
}
