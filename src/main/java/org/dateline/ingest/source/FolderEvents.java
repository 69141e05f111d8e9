package org.dateline.ingest.source;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hint that a provider's folder changed, so it is looked at on the poller's next tick instead of
 * after its interval (a file landing reaches the desk in well under a second). Only a hint: the
 * interval's look still runs, so a filesystem whose events are lost or not supported (network
 * mounts, some containers) is still read, just later (decision 0056).
 */
final class FolderEvents implements AutoCloseable {
  private final Optional<WatchService> service;
  private final Map<Path, WatchKey> watched = new ConcurrentHashMap<>();
  private final Set<Path> changed = ConcurrentHashMap.newKeySet();

  FolderEvents() {
    Optional<WatchService> s;
    try {
      s = Optional.of(FileSystems.getDefault().newWatchService());
    } catch (IOException | UnsupportedOperationException e) {
      s = Optional.empty();
    }
    this.service = s;
  }

  /** Starts watching a folder (once); a folder that cannot be watched is read on its interval. */
  void watch(Path dir) {
    if (service.isEmpty() || watched.containsKey(dir)) {
      return;
    }
    try {
      watched.put(dir, dir.register(service.get(), ENTRY_CREATE, ENTRY_MODIFY));
    } catch (IOException | UnsupportedOperationException e) {
      // not watchable: the interval's look reads it
    }
  }

  /** Whether something was created or written in the folder since this was last asked. */
  boolean changed(Path dir) {
    service.ifPresent(
        s -> {
          for (WatchKey key = s.poll(); key != null; key = s.poll()) {
            if (!key.pollEvents().isEmpty() && key.watchable() instanceof Path p) {
              changed.add(p);
            }
            if (!key.reset()) {
              watched.values().remove(key); // the folder is gone: watch it again if it returns
            }
          }
        });
    return changed.remove(dir);
  }

  @Override
  public void close() {
    service.ifPresent(
        s -> {
          try {
            s.close();
          } catch (IOException e) {
            // closing on shutdown: nothing to do
          }
        });
  }
}
