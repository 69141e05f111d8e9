package org.dateline.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Where a test's {@code @TempDir} lives (decision 0083): in memory, under {@code /dev/shm}, when
 * the machine has it, so the tests' SQLite stores, search indexes and media files cost no disk
 * writes and no fsync. {@code src/test/resources/junit-platform.properties} makes this the default
 * for every {@code @TempDir}; JUnit deletes each folder after its test, as before. Elsewhere (no
 * {@code /dev/shm}, or {@code -Ddateline.test.tmpfs=false}) the folder is where JUnit's standard
 * factory puts it, in {@code java.io.tmpdir}. A test about the disk itself (crash safety) asks for
 * {@link TempDirFactory.Standard} by name.
 */
public final class MemoryTempDirs implements TempDirFactory {
  private static final Path MEMORY = Path.of("/dev/shm");

  @Override
  public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context)
      throws IOException {
    if (inMemory()) {
      return Files.createTempDirectory(MEMORY, "dateline-test-");
    }
    return Files.createTempDirectory("junit-");
  }

  /** Whether temporary folders go to memory on this machine and run. */
  public static boolean inMemory() {
    return Boolean.parseBoolean(System.getProperty("dateline.test.tmpfs", "true"))
        && Files.isDirectory(MEMORY)
        && Files.isWritable(MEMORY);
  }
}
