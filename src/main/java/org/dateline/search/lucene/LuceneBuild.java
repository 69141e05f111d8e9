package org.dateline.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.dateline.search.DeskEntry;
import org.dateline.search.IndexBuild;
import org.dateline.search.IndexedStory;

/**
 * A rebuild into a new generation folder, under {@code build.lock} (one rebuild at a time, across
 * processes). Completing commits with the change-log position and renames {@code current} to it;
 * the server in use switches at its next look. Stories are added from several threads at once (the
 * index writer is thread-safe); one thread completes or abandons the build, after them.
 */
final class LuceneBuild implements IndexBuild {
  private final IndexFolders folders;
  private final ZoneId zone;
  private final FacetsConfig facetsConfig = Documents.facets();
  private final FileChannel lockFile;
  private final FileLock lock;
  private final String name;
  private final Directory dir;
  private final IndexWriter writer;
  private boolean completed;

  LuceneBuild(IndexFolders folders, ZoneId zone) {
    this.folders = folders;
    this.zone = zone;
    try {
      Files.createDirectories(folders.root());
      lockFile =
          FileChannel.open(
              folders.root().resolve(IndexFolders.BUILD_LOCK),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = lockFile.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      }
      if (l == null) {
        lockFile.close();
        throw new IllegalStateException(
            "Another reindex of " + folders.root() + " is running; try again when it is done.");
      }
      lock = l;
      folders.current(); // makes the first generation when there is none
      name = folders.next();
      dir = FSDirectory.open(folders.folder(name));
      Analyzer analyzer = Analyzers.perField();
      IndexWriterConfig c = Generation.config(analyzer, IndexWriterConfig.OpenMode.CREATE);
      c.setRAMBufferSizeMB(256);
      // A rebuild writes few large segments: no compound file (it would copy every byte once more).
      c.setUseCompoundFile(false);
      writer = new IndexWriter(dir, c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void add(IndexedStory story) {
    try {
      writer.addDocument(facetsConfig.build(Documents.of(story, zone)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void addDesk(DeskEntry entry) {
    try {
      writer.addDocument(Documents.ofDesk(entry));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void writeBuffered() {
    try {
      // The largest buffer not being written already (this thread's, or the other's when larger:
      // that thread then continues into a new buffer).
      writer.flushNextBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void complete(long seq, long storiesSince) {
    try {
      writer.setLiveCommitData(
          Generation.commitData(seq, storiesSince, Generation.SCHEMA_NOW).entrySet());
      writer.commit();
      writer.close();
      dir.close();
      String old = folders.current();
      folders.makeCurrent(name);
      completed = true;
      folders.removeIfUnused(old);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (!completed) {
        writer.rollback();
        dir.close();
        IOUtils.rm(folders.folder(name));
      }
      lock.release();
      lockFile.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
