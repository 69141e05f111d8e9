package org.dateline.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.changelog.ChangeEntry;
import org.dateline.changelog.ChangeLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CDN purge hook (decision 0062): a change-log follower that tells a configured URL which cache
 * keys changed, on every publish, update, correction, kill and lift. It POSTs the keys of the
 * entries after its stored position as JSON ({@code {"keys": [...], "from_seq": n, "to_seq": m}},
 * at most {@link #MAX_KEYS} keys a request) and stores the new position only once the URL answered
 * 2xx; on a failure it waits (1 s, doubling to a minute) and tries again from the stored position,
 * so a purge is never lost, also across a restart (it may be sent twice: purging is idempotent).
 * One thread, {@code cdn-purge}; thread-safe.
 */
public final class Purges implements AutoCloseable {
  /** The most keys one request names (CDN purge APIs take a few hundred at once). */
  public static final int MAX_KEYS = 200;

  private static final Logger LOG = LoggerFactory.getLogger(Purges.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChangeLog changeLog;
  private final PurgePosition stored;
  private final URI url;
  private final Optional<String> token;
  private final Duration firstBackoff;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicLong position = new AtomicLong(-1);
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final Object signal = new Object();
  private boolean changed;
  private volatile boolean running;
  private @Nullable Thread thread;

  public Purges(
      ChangeLog changeLog,
      PurgePosition stored,
      URI url,
      Optional<String> token,
      Duration firstBackoff) {
    this.changeLog = changeLog;
    this.stored = stored;
    this.url = url;
    this.token = token;
    this.firstBackoff = firstBackoff;
  }

  /**
   * Starts following from the stored position; the first start stores the log's head (what was
   * published before the hook existed is not purged).
   */
  public synchronized void start() {
    var saved = stored.load();
    if (saved.isPresent()) {
      position.set(saved.getAsLong());
    } else {
      long head = changeLog.latestSeq();
      stored.save(head);
      position.set(head);
    }
    running = true;
    thread = new Thread(this::run, "cdn-purge");
    thread.setDaemon(true);
    thread.start();
  }

  /** Wakes the follower: something was committed (here or, through the poller, elsewhere). */
  public void changed() {
    synchronized (signal) {
      changed = true;
      signal.notifyAll();
    }
  }

  /** The change-log position the CDN has acknowledged. */
  public long position() {
    return position.get();
  }

  /** Purge requests acknowledged by the URL. */
  public long sent() {
    return sent.get();
  }

  /** Purge requests that failed (and were retried). */
  public long failed() {
    return failed.get();
  }

  private void run() {
    Duration backoff = firstBackoff;
    while (running) {
      boolean ok;
      try {
        ok = purgeNext();
      } catch (RuntimeException e) {
        LOG.warn("CDN purge failed to read the change log", e);
        ok = false;
      }
      if (!ok) {
        failed.incrementAndGet();
        pause(backoff);
        backoff =
            backoff.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0
                ? Duration.ofMinutes(1)
                : backoff.multipliedBy(2);
        continue;
      }
      backoff = firstBackoff;
      if (changeLog.latestSeq() <= position.get()) {
        awaitChange();
      }
    }
  }

  /** Sends the next batch, if any; false when the URL did not acknowledge it. */
  private boolean purgeNext() {
    long from = position.get();
    List<ChangeEntry> entries = changeLog.after(from, 1000);
    if (entries.isEmpty()) {
      return true;
    }
    TreeSet<String> keys = new TreeSet<>();
    long to = from;
    boolean all = false;
    for (ChangeEntry e : entries) {
      if (!keys.isEmpty() && keys.size() + e.keys().size() > MAX_KEYS) {
        break;
      }
      // An entry written before its keys were recorded names only its story: purge everything.
      all |= e.keys().isEmpty();
      keys.addAll(e.keys());
      to = e.seq();
    }
    ObjectNode body = JSON.createObjectNode();
    body.putPOJO("keys", keys);
    body.put("from_seq", from);
    body.put("to_seq", to);
    if (all) {
      body.put("all", true);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    try {
      HttpResponse<Void> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.discarding());
      if (answer.statusCode() / 100 != 2) {
        LOG.warn("CDN purge of {} keys answered {}; retrying", keys.size(), answer.statusCode());
        return false;
      }
    } catch (IOException e) {
      LOG.warn("CDN purge of {} keys failed: {}; retrying", keys.size(), e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    stored.save(to);
    position.set(to);
    sent.incrementAndGet();
    LOG.info("CDN purged {} keys (changes {} to {})", keys.size(), from + 1, to);
    return true;
  }

  private void awaitChange() {
    synchronized (signal) {
      if (!changed && running) {
        try {
          signal.wait(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
      changed = false;
    }
  }

  /** Waits out a backoff: commits meanwhile do not shorten it, a close does. */
  private void pause(Duration d) {
    long deadline = System.nanoTime() + d.toNanos();
    synchronized (signal) {
      try {
        for (long left = d.toMillis(); running && left > 0; ) {
          signal.wait(left);
          left = (deadline - System.nanoTime()) / 1_000_000L;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running = false;
      }
    }
  }

  /** Stops the thread; a purge in flight is abandoned and resent at the next start. */
  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      running = false;
      t = thread;
    }
    synchronized (signal) {
      signal.notifyAll();
    }
    if (t != null) {
      t.interrupt();
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
