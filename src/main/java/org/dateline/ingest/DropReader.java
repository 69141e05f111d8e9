package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dateline.ingest.format.IncomingItem;
import org.dateline.ingest.format.NotAnArticle;
import org.dateline.ingest.format.Parsed;
import org.dateline.ingest.format.SeedItems;

/**
 * Reads a provider's files into items ready to store, outside any transaction: parses each in the
 * provider's format and fetches the pictures of the versions that will be kept. A batch of files is
 * read on as many threads as the machine has cores ({@code ingest-reader-N}, which end after 30
 * idle seconds), since reading — parsing, and sanitizing bodies with the editor's allow-list — is
 * most of the work of taking a file (decision 0089). Thread-safe.
 */
final class DropReader {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Supplier<SeedItems> seed;
  private final ItemVersions versions;
  private final int parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
  private final ThreadPoolExecutor readers;

  DropReader(Supplier<SeedItems> seed, ItemVersions versions) {
    this.seed = seed;
    this.versions = versions;
    this.readers =
        new ThreadPoolExecutor(
            parallel,
            parallel,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "ingest-reader-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    readers.allowCoreThreadTimeOut(true); // idle: no threads kept
  }

  /** A file read: its items ready to store, or why it was refused whole. */
  record Read(
      String origin,
      Optional<String> refusal,
      List<ItemVersions.Ready> items,
      List<String> refused) {}

  /** Reads the files, in parallel when there are several; the results in the files' order. */
  List<Read> readAll(Provider provider, List<Incoming.Drop> drops) {
    if (drops.size() < 2 || parallel < 2) {
      return drops.stream().map(d -> read(provider, d)).toList();
    }
    List<Future<Read>> futures = new ArrayList<>();
    for (Incoming.Drop d : drops) {
      futures.add(readers.submit(() -> read(provider, d)));
    }
    List<Read> out = new ArrayList<>();
    for (Future<Read> f : futures) {
      out.add(result(f));
    }
    return out;
  }

  private static Read result(Future<Read> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading files", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Reads one file; a file that is not in the provider's format is refused whole. */
  Read read(Provider provider, Incoming.Drop drop) {
    try {
      if (drop.bytes().length > Incoming.MAX_BYTES) {
        throw new NotAnArticle("over " + Incoming.MAX_BYTES + " bytes");
      }
      Parsed parsed = provider.format().read(drop.bytes(), seed);
      if (parsed.items().isEmpty()) {
        throw new NotAnArticle(
            parsed.refused().isEmpty() ? "no items" : String.join("; ", parsed.refused()));
      }
      List<ItemVersions.Ready> ready = new ArrayList<>();
      for (IncomingItem item : parsed.items()) {
        ready.add(versions.ready(provider, item));
      }
      return new Read(drop.origin(), Optional.empty(), ready, parsed.refused());
    } catch (NotAnArticle e) {
      String line = drop.origin() + ": " + e.getMessage();
      return new Read(drop.origin(), Optional.of(line), List.of(), List.of());
    }
  }
}
