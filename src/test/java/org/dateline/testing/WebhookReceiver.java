package org.dateline.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A real webhook receiver on loopback (the JDK's HTTP server) whose behaviour a test switches: up
 * and answering a status (200 by default, or 500, 410, 429 with {@code Retry-After}), slow (answers
 * after a delay), or down (not listening: connections are refused). It records every request it
 * read, in arrival order. Thread-safe.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** One request as received. */
  public record Received(
      String eventId, String signature, String attempt, String body, long receivedNanos) {}

  private int port;
  private final List<Received> received = new ArrayList<>();
  private final AtomicInteger answered = new AtomicInteger();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private HttpServer server;
  private volatile int status = 200;
  private volatile String retryAfter;
  private volatile long delayMillis;

  private WebhookReceiver(int port) {
    this.port = port;
  }

  /** Starts a receiver on a free port. */
  /** The ranges a receiver's URL resolves to, which webhooks must be allowed to reach. */
  public static final java.util.List<String> LOOPBACK = java.util.List.of("127.0.0.0/8", "::1");

  /** {@link #LOOPBACK} as ranges, for {@code WebhookSettings.allowing}. */
  public static java.util.List<org.dateline.shared.Cidr> loopback() {
    return LOOPBACK.stream().map(r -> org.dateline.shared.Cidr.parse(r).orElseThrow()).toList();
  }

  public static WebhookReceiver start() {
    WebhookReceiver r = new WebhookReceiver(0);
    r.up();
    return r;
  }

  /** A receiver that was never up: its port is free, so connections are refused. */
  public static WebhookReceiver dead() {
    try (var socket = new java.net.ServerSocket(0)) {
      return new WebhookReceiver(socket.getLocalPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + port() + "/hook";
  }

  public synchronized int port() {
    return server != null ? server.getAddress().getPort() : port;
  }

  /** Listens (again, on the same port). */
  public synchronized void up() {
    if (server != null) {
      return;
    }
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port()), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          var h = exchange.getRequestHeaders();
          synchronized (this) {
            received.add(
                new Received(
                    h.getFirst("X-Dateline-Event-Id"),
                    h.getFirst("X-Dateline-Signature"),
                    h.getFirst("X-Dateline-Attempt"),
                    new String(body, StandardCharsets.UTF_8),
                    System.nanoTime()));
            notifyAll();
          }
          long delay = delayMillis;
          int answer = status;
          String after = retryAfter;
          if (delay > 0) {
            try {
              Thread.sleep(delay);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          if (after != null) {
            exchange.getResponseHeaders().add("Retry-After", after);
          }
          exchange.sendResponseHeaders(answer, -1);
          exchange.close();
          answered.incrementAndGet();
        });
    server.start();
  }

  /** Stops listening: connections are refused until {@link #up}. */
  public synchronized void down() {
    if (server != null) {
      port = server.getAddress().getPort();
      server.stop(0);
      server = null;
    }
  }

  public void answer(int status, String retryAfter) {
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public void answer(int status) {
    answer(status, null);
  }

  public void slow(long millis) {
    this.delayMillis = millis;
  }

  /** How many requests got an answer (a slow one only after its delay). */
  public int answered() {
    return answered.get();
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** Waits (up to a minute) until the condition holds; false if it never did. */
  public synchronized boolean await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!condition.getAsBoolean()) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        return false;
      }
      wait(Math.min(left, 200));
    }
    return true;
  }

  /** The distinct event ids received, each at its first arrival, in arrival order. */
  public synchronized List<String> firstArrivals() {
    List<String> out = new ArrayList<>();
    for (Received r : received) {
      if (!out.contains(r.eventId())) {
        out.add(r.eventId());
      }
    }
    return out;
  }

  /** Headers as a map, for assertions that need them. */
  public static Map<String, String> parseSignature(String header) {
    Map<String, String> out = new java.util.HashMap<>();
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
    }
    return out;
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
    threads.shutdownNow();
  }
}
