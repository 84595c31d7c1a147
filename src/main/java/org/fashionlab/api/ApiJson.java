package org.fashionlab.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.fashionlab.model.StrictJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * JSON on the HTTP API is read strictly ({@link StrictJson}): a request with an unknown field, a
 * fraction for a whole number or text for a number is refused with the field's path instead of
 * being guessed at. Only the API's converter is strict: the application's own {@link ObjectMapper}
 * stays lenient, because it reads stored rows and model folders written by older versions, whose
 * fields may since have been renamed or dropped.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

  /** Replaces Spring Boot's converter (it backs off when one is defined). */
  @Bean
  MappingJackson2HttpMessageConverter strictJsonConverter(ObjectMapper application) {
    return new MappingJackson2HttpMessageConverter(StrictJson.strict(application));
  }
}
