package org.dateline.newsroom.workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facade: fills the stored draft fingerprints of the stories that have none (decision 0132) — rows
 * written before V35 or by an older build's {@code generate} — so that their desk rows compare two
 * stored fingerprints instead of reading the draft and the public record (decision 0129). A pass
 * walks the stories without one from the newest (the desk's first pages) to the oldest, a batch of
 * a few hundred at a time: the batch is read without a transaction, fingerprinted here, and written
 * in one short transaction whose every update is conditional on the version read and on the row
 * still having none, so a save, a publish or another node's pass meanwhile wins. A draft that
 * cannot be published yet keeps none (as {@link DraftFingerprints} says) and is passed over.
 * Thread-safe: a pass holds its position on its own stack; passes on several threads or nodes at
 * once are safe, only wasteful.
 */
public final class FingerprintFill {
  /** Stories per batch: one short transaction of this many primary-key updates. */
  public static final int BATCH = 200;

  private static final Logger LOG = LoggerFactory.getLogger(FingerprintFill.class);
  private final MissingFingerprints store;
  private final DraftFingerprints fingerprints;
  private final int batch;

  /** Over the stories' store, with the one {@link DraftFingerprints} of {@code stories}. */
  public FingerprintFill(MissingFingerprints store, Stories stories) {
    this(store, stories, BATCH);
  }

  /** The same, {@code batch} stories at a time. */
  public FingerprintFill(MissingFingerprints store, Stories stories, int batch) {
    this.store = store;
    this.fingerprints = stories.fingerprints();
    this.batch = batch;
  }

  /**
   * One batch of the stories below the id {@code beforeId} (the newest first; {@code
   * Long.MAX_VALUE} for a pass's first): the stories read, the fingerprints written, and the last
   * story read (where the next batch starts).
   */
  public Step next(long beforeId) {
    List<MissingFingerprints.Unfingerprinted> read = store.before(beforeId, batch);
    List<MissingFingerprints.Fingerprinted> computed = new ArrayList<>(read.size());
    for (MissingFingerprints.Unfingerprinted s : read) {
      fingerprints
          .of(s.draft(), s.edition())
          .ifPresent(
              f -> computed.add(new MissingFingerprints.Fingerprinted(s.id(), s.version(), f)));
    }
    int written = store.fill(computed);
    long last = read.isEmpty() ? beforeId : read.get(read.size() - 1).id();
    return new Step(read.size(), written, last, read.size() < batch);
  }

  /** What one batch did; {@code done} when it was the pass's last. */
  public record Step(int read, int written, long last, boolean done) {}

  /** What a whole pass did. */
  public record Pass(long read, long written) {}

  /**
   * A whole pass from the first story to the last, each batch followed by {@code pause} (an
   * operator's run to completion: none, or a short one beside a running server).
   */
  public Pass run(Duration pause) throws InterruptedException {
    return walk(took -> pause.toMillis());
  }

  /** A whole pass, resting after each batch but the last for {@code rest(the batch's ms)} ms. */
  private Pass walk(LongUnaryOperator rest) throws InterruptedException {
    long read = 0;
    long written = 0;
    long before = Long.MAX_VALUE;
    while (true) {
      long start = System.nanoTime();
      Step step = next(before);
      read += step.read();
      written += step.written();
      before = step.last();
      if (step.done()) {
        return new Pass(read, written);
      }
      Thread.sleep(rest.applyAsLong((System.nanoTime() - start) / 1_000_000));
    }
  }

  /**
   * Starts a pass on a daemon thread of its own ({@code fingerprint-fill}), for {@code serve}: it
   * begins once {@code requests} (the server's requests arrived and answered) is above zero, or
   * after {@code startAt} at the latest, so it never competes with the start; after each batch it
   * rests at least {@code pause} and at least as long as the batch took, so it takes at most about
   * half of one core and leaves SQLite's write lock free most of the time. It stops when the pass
   * ends, on a failure (logged; the next start tries again) or on {@link Background#close}.
   */
  public Background inBackground(LongSupplier requests, Duration startAt, Duration pause) {
    Background background = new Background();
    Thread thread = new Thread(() -> background.pass(requests, startAt, pause), "fingerprint-fill");
    thread.setDaemon(true);
    background.thread = thread;
    thread.start();
    return background;
  }

  /** A pass running in the background; {@link #close} stops it between two batches. */
  public final class Background implements AutoCloseable {
    private volatile @Nullable Thread thread;
    private volatile Optional<Pass> finished = Optional.empty();

    private Background() {}

    /** The pass's totals once it has ended (empty while it runs, or after a failure or a stop). */
    public Optional<Pass> finished() {
      return finished;
    }

    /** Waits for the pass to end, at most {@code patience}. */
    public void await(Duration patience) throws InterruptedException {
      Thread t = thread;
      if (t != null) {
        t.join(Math.max(1, patience.toMillis()));
      }
    }

    @Override
    public void close() {
      Thread t = thread;
      if (t != null) {
        t.interrupt();
        try {
          t.join(5_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private void pass(LongSupplier requests, Duration startAt, Duration pause) {
      long begun = System.nanoTime();
      try {
        while (requests.getAsLong() == 0 && System.nanoTime() - begun < startAt.toNanos()) {
          Thread.sleep(100);
        }
        Pass pass = walk(took -> Math.max(pause.toMillis(), took));
        finished = Optional.of(pass);
        if (pass.written() > 0) {
          LOG.info(
              "Filled the draft fingerprints of {} stories (of {} without one)",
              pass.written(),
              pass.read());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.warn("filling the stories' draft fingerprints failed; the next start tries again", e);
      }
    }
  }
}
