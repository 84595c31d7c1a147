package org.fashionlab.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Spring Security's delegating encoder (bcrypt, with the algorithm named
 * in each hash). In every process role, since workers create the first teacher too when they are
 * the first to start.
 */
@Configuration
class PasswordHashing {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
