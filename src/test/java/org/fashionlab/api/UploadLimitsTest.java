package org.fashionlab.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.fashionlab.TestAccounts;
import org.fashionlab.registry.H2WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Each upload endpoint refuses what is too large for it before reading the body. */
@H2WebTest
class UploadLimitsTest {

  private static final String BOUNDARY = "----fashionlab-limits";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  private String authorization;

  @BeforeEach
  void signIn() {
    authorization = TestAccounts.STUDENT.ensure(context).basic();
  }

  @Test
  void aFiftyMegabytePhotoIsRefusedWith413BeforeAByteOfItIsSent() throws Exception {
    long fifty = 50L * 1024 * 1024;
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      long start = System.nanoTime();
      // Only the headers: the server must answer from the Content-Length alone.
      out.write(
          ("POST /api/classify HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: "
                  + authorization
                  + "\r\nContent-Type: multipart/form-data; boundary="
                  + BOUNDARY
                  + "\r\nContent-Length: "
                  + fifty
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = readResponse(socket.getInputStream());
      double seconds = (System.nanoTime() - start) / 1e9;

      assertThat(response).startsWith("HTTP/1.1 413");
      assertThat(response).contains("A photo upload can be at most 10 MB; this request has 50 MB.");
      assertThat(seconds).isLessThan(5);
    }
    assertThat(get("/api/runs").statusCode()).isEqualTo(200);
  }

  @Test
  void aPhotoJustOverTheLimitInsideASmallRequestIsAlso413() throws Exception {
    byte[] file = new byte[10 * 1024 * 1024 + 1024];
    HttpResponse<String> response = post("/api/classify", file);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("larger than the 10 MB accepted here");
  }

  @Test
  void aChunkedPhotoUploadIsAskedForItsLength() throws Exception {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/classify HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: "
                  + authorization
                  + "\r\nContent-Type: multipart/form-data; boundary="
                  + BOUNDARY
                  + "\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = readResponse(socket.getInputStream());
      assertThat(response).startsWith("HTTP/1.1 411");
      assertThat(response).contains("Content-Length");
    }
  }

  @Test
  void modelImportsKeepTheirLargerLimit() throws Exception {
    byte[] noise = new byte[20 * 1024 * 1024];
    new Random(3).nextBytes(noise);
    HttpResponse<String> response = post("/api/runs/import", noise);
    // Past the photo's 10 MB: read, and refused for what it is, not for its size.
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not a zip archive");
  }

  private HttpResponse<String> post(String path, byte[] content) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization)
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Reads the status line, headers and the problem's JSON. (Not until the connection closes: the
   * server may keep it open a while to let a client that did send the body finish.)
   */
  private static String readResponse(InputStream in) throws Exception {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[4096];
    while (!text.toString().matches("(?s).*\\r\\n\\r\\n.*\\}\\s*(0\\r\\n\\r\\n)?")) {
      int n = in.read(buffer);
      if (n < 0) {
        break;
      }
      text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
    }
    return text.toString();
  }
}
