package org.fashionlab.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.MultipartConfigElement;
import org.fashionlab.classify.ClassifyProperties;
import org.fashionlab.registry.RunArchive;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Upload limits per endpoint, from the limits of what is uploaded: the servlet accepts a multipart
 * request as large as the largest model archive the compute budget admits, and {@code
 * /api/classify} only a photo's size (413 before its body is read).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

  /** Room for the multipart framing and the small form fields beside the file. */
  static final long FORM_SLACK_BYTES = 64 * 1024;

  /** Parts above this go to a temporary file instead of memory while the request is parsed. */
  private static final long IN_MEMORY_PART_BYTES = 1024 * 1024;

  /** Replaces Spring Boot's multipart settings (spring.servlet.multipart.*). */
  @Bean
  MultipartConfigElement multipartConfig(RunArchive archive) {
    long max = archive.maxArchiveBytes() + FORM_SLACK_BYTES;
    return new MultipartConfigElement("", max, max, (int) IN_MEMORY_PART_BYTES);
  }

  @Bean
  FilterRegistrationBean<RequestSizeFilter> photoSizeLimit(
      ClassifyProperties classify, ObjectMapper json) {
    FilterRegistrationBean<RequestSizeFilter> registration =
        new FilterRegistrationBean<>(
            new RequestSizeFilter(classify.maxUploadBytes() + FORM_SLACK_BYTES, "A photo", json));
    registration.addUrlPatterns("/api/classify");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
