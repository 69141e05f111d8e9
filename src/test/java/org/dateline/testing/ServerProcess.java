package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dateline.storage.StoreUrl;

/**
 * One run of the real server, {@code java -jar target/dateline.jar serve}, as a separate process
 * that a test can kill with SIGKILL: what the crash tests share. The start waits for the line
 * "Dateline is serving"; its bound only keeps a broken start from hanging the build, so it is
 * generous (a start on a loaded 2-core machine hashes demo passwords and indexes the demo stories).
 */
public final class ServerProcess {
  /** The app jar, built in the package phase before the integration tests run. */
  public static final Path JAR = Path.of("target", "dateline.jar");

  private static final long START_BOUND_SECONDS = 180;

  private final Process process;
  private final int port;
  private final StringBuffer output = new StringBuffer();

  private ServerProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /**
   * Starts {@code serve --data DATA --port P [--demo]} on a free port and waits until it serves. A
   * port found free can be taken by another program before the server binds it (other builds run
   * beside this one): then it tries again on another port.
   */
  public static ServerProcess start(Path data, boolean demo) throws IOException {
    return start(data, Optional.empty(), demo, List.of());
  }

  /** Like {@link #start(Path, boolean)}, with more arguments to {@code serve} (a --config FILE). */
  public static ServerProcess start(Path data, boolean demo, List<String> more) throws IOException {
    return start(data, Optional.empty(), demo, more);
  }

  /**
   * Like {@link #start(Path, boolean, List)}, with options for the JVM before {@code -jar} (the
   * launcher's heap options, say).
   */
  public static ServerProcess start(Path data, boolean demo, List<String> more, List<String> jvm)
      throws IOException {
    return start(data, Optional.empty(), demo, more, jvm);
  }

  /**
   * Starts a node with its own data folder on the PostgreSQL store {@code db}, which other nodes
   * share (decision 0051).
   */
  public static ServerProcess start(Path data, StoreUrl db, boolean demo) throws IOException {
    return start(data, Optional.of(db), demo, List.of());
  }

  private static ServerProcess start(
      Path data, Optional<StoreUrl> db, boolean demo, List<String> more) throws IOException {
    return start(data, db, demo, more, List.of());
  }

  private static ServerProcess start(
      Path data, Optional<StoreUrl> db, boolean demo, List<String> more, List<String> jvm)
      throws IOException {
    for (int attempt = 1; ; attempt++) {
      ServerProcess server = startOnce(data, db, demo, more, jvm);
      if (server.awaitServing(attempt < 3)) {
        return server;
      }
    }
  }

  private static ServerProcess startOnce(
      Path data, Optional<StoreUrl> db, boolean demo, List<String> more, List<String> jvm)
      throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.addAll(jvm);
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
    String[] serve = {"serve", "--data", data.toString(), "--port", Integer.toString(port)};
    if (db.isPresent()) {
      command.addAll(List.of(serve));
      command.addAll(List.of("--db", TestStore.dbArgument(db.get())));
    } else {
      command.addAll(List.of(TestStore.cliArgs(serve)));
    }
    if (demo) {
      command.add("--demo");
    }
    command.addAll(more);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // The tests' webhook receivers listen on loopback, which webhooks may not reach by default.
    builder
        .environment()
        .put("DATELINE_WEBHOOKS_ALLOW", String.join(",", WebhookReceiver.LOOPBACK));
    return new ServerProcess(builder.start(), port);
  }

  /**
   * Asks the JVM for its threads' stacks (SIGQUIT: printed on its standard output, which the reader
   * collects), so a start that did not finish says where it stood: slow, or stuck.
   */
  private void threadDump() {
    try {
      new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid()))
          .redirectErrorStream(true)
          .start()
          .waitFor(5, TimeUnit.SECONDS);
      Thread.sleep(2000);
    } catch (IOException e) {
      output.append("(no thread dump: ").append(e).append(")\n");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** True once it serves; false when its port was taken and {@code mayRetry}; else an error. */
  private boolean awaitServing(boolean mayRetry) {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  output.append(line).append('\n');
                  if (line.startsWith("Dateline is serving")) {
                    ready.complete(null);
                  }
                }
              } catch (IOException ignored) {
                // the process was killed
              }
              ready.complete(null);
            },
            "server-output");
    reader.setDaemon(true);
    reader.start();
    try {
      ready.get(START_BOUND_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      threadDump();
      process.destroyForcibly();
      throw new AssertionError("the server did not start:\n" + output, e);
    }
    if (!process.isAlive() || !output.toString().contains("Dateline is serving")) {
      if (mayRetry && output.toString().contains("Port already in use")) {
        process.destroyForcibly();
        return false;
      }
      throw new AssertionError("the server did not start:\n" + output);
    }
    return true;
  }

  /** The process id, which names the node in the {@code leases} table ({@code pid@host-...}). */
  public long pid() {
    return process.pid();
  }

  /** The port it listens on. */
  public int port() {
    return port;
  }

  /** Everything it printed so far. */
  public String output() {
    return output.toString();
  }

  /**
   * SIGTERM, as a service manager stops it: the shutdown hook runs. Returns without waiting; see
   * {@link #awaitExit}.
   */
  public void terminate() {
    // Through the handle: Process.destroy would also close the pipes, losing what it prints next.
    process.toHandle().destroy();
  }

  /** Waits (up to a minute) until the process ended; its exit code. */
  public int awaitExit() throws InterruptedException {
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the server exited").isTrue();
    return process.exitValue();
  }

  /** Waits (up to a minute) until the output holds {@code text}; false if it never did. */
  public boolean awaitOutput(String text) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!output.toString().contains(text)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /** SIGKILL: no shutdown hook, no flush, no goodbye; returns once the process is gone. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the killed server exited").isTrue();
  }
}
