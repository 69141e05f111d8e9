package org.dateline.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The index folders under {@code DATA/search/}: one Lucene index per generation ({@code g1}, {@code
 * g2}, ...) and the file {@code current} naming the one in use. A rebuild fills a new generation
 * and then replaces {@code current} in one atomic rename; a generation nobody holds the write lock
 * of and {@code current} does not name is left over (an old one, or an abandoned rebuild) and is
 * removed.
 */
final class IndexFolders {
  static final String CURRENT = "current";
  static final String BUILD_LOCK = "build.lock";

  private final Path root;

  IndexFolders(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** The name of the generation in use; the first one is made when there is none. */
  String current() {
    try {
      Files.createDirectories(root);
      Path file = root.resolve(CURRENT);
      if (!Files.exists(file)) {
        makeCurrent("g1");
      }
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path folder(String generation) {
    return root.resolve(generation);
  }

  /**
   * A name for a new generation, one past the highest there is or is named current (the first
   * current one is named before its folder exists: a rebuild must never take its name, or the
   * switch would remove what it built).
   */
  String next() {
    int max = Integer.parseInt(current().substring(1));
    for (String name : generations()) {
      max = Math.max(max, Integer.parseInt(name.substring(1)));
    }
    return "g" + (max + 1);
  }

  /** Names {@code generation} as the one in use, atomically. */
  void makeCurrent(String generation) {
    try {
      Path tmp = root.resolve(CURRENT + ".tmp");
      Files.writeString(tmp, generation + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp,
            root.resolve(CURRENT),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every generation other than the current one that no process writes to. */
  void removeLeftovers() {
    String current = current();
    for (String name : generations()) {
      if (!name.equals(current)) {
        removeIfUnused(name);
      }
    }
  }

  /** Removes a generation unless a process holds its write lock. */
  void removeIfUnused(String generation) {
    Path folder = folder(generation);
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Directory dir = FSDirectory.open(folder)) {
      try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        lock.ensureValid();
      }
    } catch (LockObtainFailedException e) {
      return; // in use: its writer removes it once it switched away
    } catch (IOException e) {
      return;
    }
    try {
      IOUtils.rm(folder);
    } catch (IOException e) {
      // Left for the next start.
    }
  }

  private List<String> generations() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("g[0-9]{1,9}"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
