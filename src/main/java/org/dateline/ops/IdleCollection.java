package org.dateline.ops;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full collection when the server has answered nothing for a while and its heap has grown since
 * the last one, so that an idle server gives back what a burst of work took (decision 0118): a
 * sign-in's Argon2 hash allocates 19 MiB, which the serial collector promotes and keeps committed
 * until its next full collection. The collection runs with the heap's free ratios at 10 % and, with
 * the launcher's {@code -XX:-ShrinkHeapInSteps}, gives back at once all but a tenth over what is
 * live; glibc is then asked to return the native memory it keeps freed.
 *
 * <p>It looks once a second: the requests that arrived or were answered (any change means not
 * idle), then the heap's committed size against the smallest it has been since the last collection
 * that gave memory back. A server that is never quiet for {@code quiet} is never collected here,
 * and an idle server whose heap did not grow is left alone, so it costs nothing to a busy server
 * and one collection to an idle one after each growth. A request that arrives during the collection
 * waits for it (tens of milliseconds on the server's heap). A request in flight and silent (a
 * long-poll of the wire) does not hold it off; a collection that gave nothing back (one during a
 * very slow sign-in, whose hash's memory was still in use, or under {@code -XX:+DisableExplicitGC})
 * is tried again after the next quiet period, and so is, once, one made while requests were in
 * flight (decision 0141).
 *
 * <p>Thread-safe: {@link #tick} runs on its own daemon thread (or a test's), one at a time.
 */
public final class IdleCollection implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IdleCollection.class);
  private static final long MIB = 1024 * 1024;

  /** What it reads and does to the JVM; a test gives a fake. */
  public interface Heap {
    /** The heap's committed bytes now. */
    long committed();

    /** A full collection. */
    void collect();

    /**
     * The running JVM's heap: the memory MXBean, {@code System.gc()}, then glibc asked to give back
     * the memory it keeps freed (the JIT's and the collection's own; {@code jcmd PID
     * System.trim_native_heap}, JDK 17.0.9 and later; elsewhere skipped).
     */
    static Heap jvm() {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      return new Heap() {
        @Override
        public long committed() {
          return memory.getHeapMemoryUsage().getCommitted();
        }

        @Override
        public void collect() {
          tightly(System::gc);
          trimNativeHeap();
        }
      };
    }
  }

  /**
   * Runs {@code collection} with the heap's free ratios at 10 % (they are manageable flags, read at
   * each full collection), so that it gives back all but a tenth over what is live; the launcher's
   * ratios (20 and 40 %) are set back after it, for the collections under load. Where the flags
   * cannot be set, the collection runs with them as they are.
   */
  private static void tightly(Runnable collection) {
    com.sun.management.HotSpotDiagnosticMXBean flags;
    String min;
    String max;
    try {
      flags = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
      min = flags.getVMOption("MinHeapFreeRatio").getValue();
      max = flags.getVMOption("MaxHeapFreeRatio").getValue();
      flags.setVMOption("MinHeapFreeRatio", "10"); // first: the minimum may not exceed the maximum
      flags.setVMOption("MaxHeapFreeRatio", "10");
    } catch (RuntimeException cannot) {
      LOG.debug("heap free ratios not set", cannot);
      collection.run();
      return;
    }
    try {
      collection.run();
    } finally {
      try {
        flags.setVMOption("MaxHeapFreeRatio", max); // first: back above the minimum
        flags.setVMOption("MinHeapFreeRatio", min);
      } catch (RuntimeException cannot) {
        LOG.warn("heap free ratios not set back to {} and {} %", min, max, cannot);
      }
    }
  }

  private static void trimNativeHeap() {
    try {
      ManagementFactory.getPlatformMBeanServer()
          .invoke(
              new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
              "systemTrimNativeHeap",
              new Object[] {new String[0]},
              new String[] {String[].class.getName()});
    } catch (javax.management.JMException | RuntimeException unsupported) {
      LOG.debug("native heap not trimmed", unsupported);
    }
  }

  private final LongSupplier activity;
  private final LongSupplier inFlight;
  private final Duration quiet;
  private final Heap heap;
  private final Clock clock;
  private final ScheduledExecutorService thread;
  private long seen;
  private Instant quietSince;
  private long smallest;
  private long collections;

  /**
   * The last collection ran while requests were in flight, whose memory it may have found in use:
   * one more is owed after the next quiet period, whether or not the heap grew again.
   */
  private boolean owed;

  /**
   * Watches {@code activity} (requests arrived plus answered so far) and collects after {@code
   * quiet} without a change; {@code inFlight} (requests arrived and not answered) decides whether a
   * collection is owed again. Not started until {@link #start}.
   */
  public IdleCollection(
      LongSupplier activity, LongSupplier inFlight, Duration quiet, Heap heap, Clock clock) {
    if (quiet.isNegative() || quiet.isZero()) {
      throw new IllegalArgumentException("no quiet period: " + quiet);
    }
    this.activity = activity;
    this.inFlight = inFlight;
    this.quiet = quiet;
    this.heap = heap;
    this.clock = clock;
    this.seen = activity.getAsLong();
    this.quietSince = clock.instant();
    this.smallest = heap.committed();
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "idle-collector");
              t.setDaemon(true);
              t.setPriority(Thread.MIN_PRIORITY);
              return t;
            });
  }

  /** Looks once a second from now on, until {@link #close}. */
  public IdleCollection start() {
    ScheduledFuture<?> unused =
        thread.scheduleWithFixedDelay(
            () -> {
              try {
                tick();
              } catch (RuntimeException e) {
                LOG.warn("idle collection failed", e);
              }
            },
            1,
            1,
            TimeUnit.SECONDS);
    return this;
  }

  /**
   * One look: collects, and says true, when no request arrived or was answered for the quiet period
   * and the heap's committed size is above the smallest since the last collection that gave back.
   */
  synchronized boolean tick() {
    long now = activity.getAsLong();
    Instant at = clock.instant();
    long committed = heap.committed();
    if (now != seen) {
      seen = now;
      quietSince = at;
    }
    if (committed < smallest) {
      smallest = committed;
    }
    if (Duration.between(quietSince, at).compareTo(quiet) < 0 || (committed <= smallest && !owed)) {
      return false;
    }
    long quietFor = Duration.between(quietSince, at).toSeconds();
    long started = System.nanoTime();
    // Slow requests still in flight (a burst of sign-ins whose hashes are alive) keep what the
    // collection cannot give back yet; the next quiet period collects once more (decision 0141). A
    // silent long-poll in flight makes that one extra collection per growth, not one per period.
    boolean busy = inFlight.getAsLong() > 0;
    heap.collect();
    long after = heap.committed();
    collections++;
    owed = busy && !owed;
    // A collection that gave nothing back is tried again after another quiet period only.
    quietSince = at;
    if (after < committed) {
      smallest = after;
      LOG.info(
          "idle collection: heap {} -> {} MiB committed in {} ms (no request for {} s)",
          committed / MIB,
          after / MIB,
          (System.nanoTime() - started) / 1_000_000,
          quietFor);
    } else {
      LOG.debug("idle collection gave nothing back: heap {} MiB committed", after / MIB);
    }
    return true;
  }

  /** How many collections it made. */
  synchronized long collections() {
    return collections;
  }

  /** Stops looking; a collection under way finishes. */
  @Override
  public void close() {
    thread.shutdownNow();
  }
}
