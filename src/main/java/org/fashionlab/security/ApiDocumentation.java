package org.fashionlab.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document says how to sign in: HTTP Basic with a Fashion Lab account, everywhere. */
@Configuration
// Worker processes (fashionlab.role=worker) serve no web requests and have no servlet context.
@ConditionalOnWebApplication
class ApiDocumentation {

  static final String BASIC = "basicAuth";

  @Bean
  OpenAPI fashionLabApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Fashion Lab API")
                .description(
                    "Every call needs a Fashion Lab account, sent with HTTP Basic (e.g. curl -u"
                        + " ana:password). 401: not signed in; 403: signed in but not allowed; 429:"
                        + " too many failed sign-ins, retry after the Retry-After seconds."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BASIC,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("Your Fashion Lab username and password")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
