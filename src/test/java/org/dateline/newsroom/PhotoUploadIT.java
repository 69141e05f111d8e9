package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dateline.newsroom.auth.Role;
import org.dateline.testing.HostileImages;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.NewsroomTemplates;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photo uploads over HTTP whose cost or shape is out of proportion: refused 422 with a message
 * naming what is wrong, before the decoder runs, and nothing stored.
 */
class PhotoUploadIT {
  @TempDir static Path data;
  static TestApp app;
  static NewsroomClient reporter;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false);
    Newsroom.user(app.wiring(), Role.REPORTER, "Rita Reporter");
    reporter = NewsroomClient.signIn(app, "rita.reporter@newsroom.test", Newsroom.PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void an_88_kb_progressive_jpeg_of_300_scans_at_6000_pixels_is_refused_naming_its_scans()
      throws IOException {
    byte[] bomb = HostileImages.progressiveJpeg(6000, 6000, 300);
    assertThat(bomb.length).isLessThan(100 * 1024);
    long stored = mediaFiles();

    HttpResponse<String> r = upload(bomb, "bomb.jpg");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(error(r)).contains("300 scans");
    assertThat(mediaFiles()).isEqualTo(stored);
  }

  @Test
  void a_png_70000_pixels_tall_is_refused_422_not_500() throws IOException {
    long stored = mediaFiles();

    HttpResponse<String> r = upload(HostileImages.png(200, 70_000), "tall.png");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(error(r)).contains("70,000 pixels tall");
    assertThat(mediaFiles()).isEqualTo(stored);
  }

  @Test
  void an_ordinary_progressive_photo_is_still_taken() {
    JsonNode photo =
        NewsroomTemplates.upload(app, reporter, HostileImages.progressiveJpeg(1200, 800, 2));

    assertThat(photo.get("width").asInt()).isEqualTo(1200);
  }

  private static HttpResponse<String> upload(byte[] bytes, String name) {
    String boundary = "----dateline" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return app.send(
        HttpRequest.newBuilder(URI.create(app.url("/newsroom/photos")))
            .header("Cookie", reporter.cookie())
            .header("X-CSRF-Token", reporter.csrf())
            .header("Origin", app.url(""))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  private static String error(HttpResponse<String> r) throws IOException {
    JsonNode json = new ObjectMapper().readTree(r.body());
    assertThat(json.get("ok").asBoolean()).isFalse();
    return json.get("error").asText();
  }

  private static long mediaFiles() throws IOException {
    Path media = data.resolve("media");
    if (!Files.isDirectory(media)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(media)) {
      return files.filter(p -> p.getFileName().toString().startsWith("photo-")).count();
    }
  }
}
