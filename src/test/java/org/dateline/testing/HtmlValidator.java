package org.dateline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu Html Checker (npm {@code vnu-jar}) run in its own JVM: it brings Jetty 11 and cannot share
 * a classpath with Javalin's Jetty 12 (shared/STACK.md §13). One run checks many files.
 */
public final class HtmlValidator {
  private HtmlValidator() {}

  /**
   * One message of the checker; {@code type} is "error", "info" (warnings) or "non-document-error".
   */
  public record Message(
      String file,
      String type,
      String subType,
      long line,
      long column,
      String message,
      String extract) {
    public boolean isError() {
      return type.equals("error") || type.equals("non-document-error");
    }

    @Override
    public String toString() {
      return "  "
          + Path.of(file.replaceFirst("^file:", "")).getFileName()
          + ":"
          + line
          + ":"
          + column
          + " "
          + type
          + (subType.isEmpty() ? "" : "/" + subType)
          + ": "
          + message
          + (extract.isEmpty() ? "" : "\n      " + extract.replace("\n", "\u21b5"));
    }
  }

  /** Checks the files and returns every message (errors and warnings). */
  public static List<Message> check(List<Path> files) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // The quick JIT and the serial collector, as the test JVMs (decision 0083): a check is mostly
    // start-up and loading the schemas, and takes about half the CPU so (decision 0098). C1's
    // frames are larger: the schema's recursion needs a 4 MiB stack where 1 MiB did on C2.
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
    command.addAll(List.of("-Xss4m", "-jar", NpmTools.vnuJar().toAbsolutePath().toString()));
    command.addAll(List.of("--format", "json", "--stdout", "--exit-zero-always"));
    files.forEach(f -> command.add(f.toAbsolutePath().toString()));
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("vnu did not finish in 120 s");
      }
      String json = new String(out, StandardCharsets.UTF_8);
      if (process.exitValue() != 0 || json.isBlank()) {
        throw new AssertionError("vnu failed (exit " + process.exitValue() + "): " + json);
      }
      List<Message> messages = new ArrayList<>();
      for (JsonNode m : new ObjectMapper().readTree(json).path("messages")) {
        messages.add(
            new Message(
                m.path("url").asText(""),
                m.path("type").asText(""),
                m.path("subType").asText(""),
                m.path("lastLine").asLong(0),
                m.path("firstColumn").asLong(0),
                m.path("message").asText(""),
                m.path("extract").asText("")));
      }
      return messages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Only the errors. */
  public static List<Message> errors(List<Path> files) {
    return check(files).stream().filter(Message::isError).toList();
  }

  public static String report(List<Message> messages) {
    StringBuilder b = new StringBuilder(messages.size() + " HTML error(s):\n");
    messages.forEach(m -> b.append(m).append('\n'));
    return b.toString();
  }
}
