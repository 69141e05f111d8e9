package org.dateline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.RawHttp;
import org.dateline.testing.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real server process: it stops accepting, lets a request in flight finish, stops its
 * background work and closes the store, in that order; with {@code log_format = "json"} every log
 * line is one JSON object.
 */
class GracefulShutdownIT {
  @TempDir Path dir;

  @Test
  void sigterm_lets_a_request_in_flight_finish_then_stops_background_work_and_the_store()
      throws Exception {
    Path config = dir.resolve("dateline.toml");
    Files.writeString(config, "log_format = \"json\"\nshutdown_grace_seconds = 30\n");
    ServerProcess server =
        ServerProcess.start(dir.resolve("data"), false, List.of("--config", config.toString()));
    String form = "email=nobody%40example.org&password=wrong";
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      // Given a sign-in whose body has not arrived: the server reads it (100 Continue says the
      // handler is reading), so the request is in flight.
      out.write(
          ("POST /newsroom/login HTTP/1.1\r\nHost: 127.0.0.1:"
                  + server.port()
                  + "\r\nOrigin: http://127.0.0.1:"
                  + server.port()
                  + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                  + form.length()
                  + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(RawHttp.interimResponse(in)).startsWith("HTTP/1.1 100");
      // When the process is told to stop while the request waits for its body,
      server.terminate();
      assertThat(server.awaitOutput("stopping the server")).as(server::output).isTrue();
      // then the request, whose body now arrives slowly (a byte at a time, as a slow upload does),
      // still finishes with its real answer (a refused sign-in page),
      for (byte b : form.getBytes(StandardCharsets.US_ASCII)) {
        out.write(b);
        out.flush();
        Thread.sleep(100);
      }
      RawHttp.Response answer = RawHttp.readAnswer(in);
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.text()).contains("<form");
    }
    // and the process ends after stopping everything in order.
    server.awaitExit();
    String output = server.output();
    int stopped = output.indexOf("shutdown: server stopped");
    int background = output.indexOf("shutdown: background work stopped");
    int store = output.indexOf("shutdown: store closed");
    assertThat(stopped).isPositive();
    assertThat(background).isGreaterThan(stopped);
    assertThat(store).isGreaterThan(background);
    // Log lines are JSON objects (the server's own prints are plain text, not log lines).
    ObjectMapper json = new ObjectMapper();
    List<String> logLines = output.lines().filter(l -> l.startsWith("{")).toList();
    assertThat(logLines).isNotEmpty();
    for (String line : logLines) {
      JsonNode node = json.readTree(line);
      assertThat(node.has("level")).as(line).isTrue();
      assertThat(node.has("loggerName")).as(line).isTrue();
    }
    assertThat(logLines).anySatisfy(l -> assertThat(l).contains("shutdown: store closed"));
  }
}
