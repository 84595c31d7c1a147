package org.fashionlab.classify;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body with one part, "file", as a browser posts an upload. */
record MultipartFile(String boundary, byte[] body) {

  static MultipartFile of(String fileName, String contentType, byte[] content) {
    String boundary = "----fashionlab" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return new MultipartFile(boundary, body);
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }
}
