package org.fashionlab.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The response headers every chain sends: the browser's own defences switched on. */
public final class SecurityHeaders {

  /**
   * What pages may load. Vaadin's client bootstraps with inline scripts and styles and evaluates
   * server-sent script (element.executeJs), so 'unsafe-inline' and 'unsafe-eval' stay (measured:
   * without 'unsafe-eval' the sign-in page does not even render in Chromium); everything else is
   * this origin only (push and dev-mode reload are same-origin websockets, covered by 'self'),
   * pictures may also be data:/blob: URLs (rendered PNGs, uploads), and no other site may frame the
   * app or receive its forms.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; "
          + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; "
          + "font-src 'self' data:; "
          + "connect-src 'self'; "
          + "object-src 'none'; "
          + "base-uri 'self'; "
          + "form-action 'self'; "
          + "frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** nosniff, no framing (X-Frame-Options and CSP frame-ancestors), same-origin referrers, CSP. */
  public static void apply(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
  }
}
