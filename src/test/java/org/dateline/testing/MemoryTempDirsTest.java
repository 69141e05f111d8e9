package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.io.TempDirFactory;

/** The tests' temporary folders are in memory where the machine has it (decision 0083). */
class MemoryTempDirsTest {
  @Test
  void a_temporary_folder_is_in_memory_where_the_machine_has_it(@TempDir Path dir)
      throws Exception {
    if (MemoryTempDirs.inMemory()) {
      assertThat(dir.toRealPath()).startsWith(Path.of("/dev/shm").toRealPath());
    } else {
      assertThat(dir).startsWith(Path.of(System.getProperty("java.io.tmpdir")));
    }
    Path store = Files.writeString(dir.resolve("기자 記者 صحفي.txt"), "l'été");
    assertThat(Files.readString(store)).isEqualTo("l'été");
  }

  @Test
  void the_standard_factory_still_gives_a_folder_on_disk(
      @TempDir(factory = TempDirFactory.Standard.class) Path dir) {
    assertThat(dir).startsWith(Path.of(System.getProperty("java.io.tmpdir")));
    assertThat(dir.startsWith(Path.of("/dev/shm"))).as("%s is on the disk", dir).isFalse();
  }
}
