package org.dateline.search;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Every stored story in id order, in batches read ahead by one thread: the rebuild indexes one
 * batch while the next is read from the store (two cores, two kinds of work). Closing stops the
 * reader; a failure to read reaches the caller of {@link #next}.
 */
final class Batches implements AutoCloseable {
  private static final List<IndexedStory> END = List.of();

  /** A batch, the end, or the failure that ended the reading. */
  private record Item(List<IndexedStory> batch, @Nullable RuntimeException failure) {}

  private final BlockingQueue<Item> ready = new ArrayBlockingQueue<>(2);
  private final Thread reader;

  Batches(IndexedStories stories, int size) {
    reader =
        new Thread(
            () -> {
              long after = 0;
              try {
                while (true) {
                  List<IndexedStory> batch = stories.after(after, size);
                  ready.put(new Item(batch, null));
                  if (batch.isEmpty()) {
                    return;
                  }
                  after = batch.get(batch.size() - 1).id();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RuntimeException e) {
                ready.offer(new Item(END, e));
              }
            },
            "reindex-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next batch; empty at the end. */
  List<IndexedStory> next() {
    Item item;
    try {
      item = ready.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the store", e);
    }
    if (item.failure() != null) {
      throw item.failure();
    }
    return item.batch();
  }

  @Override
  public void close() {
    reader.interrupt();
  }
}
