package org.dateline.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.dateline.ingest.Incoming;
import org.dateline.ingest.Provider;
import org.dateline.ingest.Received;

/**
 * A provider's folder, the way FTP drops arrive: looked at on the provider's interval (no
 * WatchService, which misses events on network and container filesystems). A file is taken only
 * once its size and modification time are the same at two looks in a row, so a file still being
 * written is never read; names starting with '.' or ending in {@code .tmp} or {@code .part} are
 * left alone. A taken file moves to {@code processed/}; a refused one to {@code error/}, with a
 * {@code .reason} file beside it (decision 0056). A folder is looked at on its provider's interval,
 * and sooner — at the poller's next tick — when it changed ({@link FolderEvents}) or when the last
 * look saw files still settling, so a file reaches the desk within about half a second of landing.
 * One poller thread calls it.
 */
public final class FolderSource implements AutoCloseable {
  /** Subfolder for files taken. */
  public static final String PROCESSED = "processed";

  /** Subfolder for files refused, each with a {@code NAME.reason}. */
  public static final String ERROR = "error";

  private final Incoming incoming;

  /** The most files stored in one transaction. */
  private static final int BATCH_FILES = 100;

  /** The most bytes read into memory for one batch (a file alone may be bigger). */
  private static final long BATCH_BYTES = 16L * 1024 * 1024;

  private final Map<Path, String> lastSeen = new ConcurrentHashMap<>();
  private final Set<Long> settling = ConcurrentHashMap.newKeySet();
  private final FolderEvents events = new FolderEvents();

  public FolderSource(Incoming incoming) {
    this.incoming = incoming;
  }

  /**
   * Whether the provider's folder should be looked at before its interval is up: something landed
   * in it, or the last look saw files that had not stopped changing yet.
   */
  public boolean wantsLook(Provider provider) {
    boolean changed = events.changed(Path.of(provider.source()));
    return changed || settling.contains(provider.id());
  }

  /** Looks at the provider's folder once: takes every file that stopped changing. */
  public void look(Provider provider) {
    Path dir = Path.of(provider.source());
    if (!Files.isDirectory(dir)) {
      settling.remove(provider.id());
      incoming.fail(provider, "the folder " + dir + " is missing");
      return;
    }
    events.watch(dir);
    List<Path> stable = new ArrayList<>();
    boolean unsettled = false;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part")) {
          continue;
        }
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attrs.isRegularFile()) {
          continue;
        }
        String signature = attrs.size() + ":" + attrs.lastModifiedTime().toMillis();
        if (signature.equals(lastSeen.put(file, signature))) {
          stable.add(file);
        } else {
          unsettled = true;
        }
      }
    } catch (IOException e) {
      incoming.fail(provider, "the folder " + dir + " cannot be read: " + e.getMessage());
      return;
    }
    lastSeen.keySet().removeIf(p -> dir.equals(p.getParent()) && !Files.exists(p));
    if (unsettled) {
      settling.add(provider.id());
    } else {
      settling.remove(provider.id());
    }
    if (stable.isEmpty()) {
      incoming.unchanged(provider); // looked, nothing to take: next look after the interval
    }
    // Taken in batches: each batch is stored in one transaction, one commit for many files.
    List<Path> files = new ArrayList<>();
    List<Incoming.Drop> drops = new ArrayList<>();
    long batchBytes = 0;
    for (Path file : stable) {
      Optional<byte[]> bytes = read(provider, dir, file);
      lastSeen.remove(file);
      if (bytes.isEmpty()) {
        continue;
      }
      files.add(file);
      drops.add(new Incoming.Drop(file.getFileName().toString(), bytes.get()));
      batchBytes += bytes.get().length;
      if (files.size() >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
        take(provider, dir, files, drops);
        batchBytes = 0;
      }
    }
    take(provider, dir, files, drops);
  }

  /** The file's bytes; a file that cannot be read or is too big is dealt with here. */
  private Optional<byte[]> read(Provider provider, Path dir, Path file) {
    String name = file.getFileName().toString();
    Optional<byte[]> bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = Bounded.read(in, Incoming.MAX_BYTES);
    } catch (IOException e) {
      incoming.fail(provider, name + ": cannot be read: " + e.getMessage());
      return Optional.empty();
    }
    if (bytes.isEmpty()) {
      String line = name + ": over " + Incoming.MAX_BYTES + " bytes";
      incoming.refused(provider, line);
      moveAside(dir, file, ERROR, Optional.of(line));
    }
    return bytes;
  }

  /** Stores a batch of files, then moves each aside by what became of it; empties the lists. */
  private void take(Provider provider, Path dir, List<Path> files, List<Incoming.Drop> drops) {
    if (files.isEmpty()) {
      return;
    }
    List<Received> results = incoming.receiveAll(provider, drops);
    for (int i = 0; i < files.size(); i++) {
      Received received = results.get(i);
      Optional<String> reason =
          received.refused().isEmpty()
              ? Optional.empty()
              : Optional.of(String.join("\n", received.refused()));
      moveAside(dir, files.get(i), received.fileRefused() ? ERROR : PROCESSED, reason);
    }
    files.clear();
    drops.clear();
  }

  private static void moveAside(Path dir, Path file, String folder, Optional<String> reason) {
    try {
      Path target = Files.createDirectories(dir.resolve(folder));
      String name = file.getFileName().toString();
      Path to = target.resolve(name);
      for (int n = 1; Files.exists(to); n++) {
        to = target.resolve(n + "-" + name); // the same name dropped again keeps both
      }
      Files.move(file, to, StandardCopyOption.ATOMIC_MOVE);
      if (reason.isPresent()) {
        Files.writeString(
            to.resolveSibling(to.getFileName() + ".reason"),
            reason.get() + "\n",
            StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot move " + file + " to " + folder, e);
    }
  }

  @Override
  public void close() {
    events.close();
  }
}
