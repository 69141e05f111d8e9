package org.dateline.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which files of the data folder a backup carries: the photos ({@code media/}, with the photo
 * naming key) and the wire's signing key. Not the SQLite file (its rows travel as tables), not the
 * search index (rebuilt from the store), not files being written ({@code *.tmp}).
 */
final class DataFiles {
  static final String MEDIA = "media";
  static final String SIGNING_KEY = "wire-signing.key";

  private DataFiles() {}

  /** The files to carry, as paths relative to {@code dataDir} with {@code /} separators. */
  static List<String> list(Path dataDir) {
    List<String> out = new ArrayList<>();
    if (Files.isRegularFile(dataDir.resolve(SIGNING_KEY))) {
      out.add(SIGNING_KEY);
    }
    Path media = dataDir.resolve(MEDIA);
    if (Files.isDirectory(media)) {
      try (Stream<Path> walk = Files.walk(media)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().endsWith(".tmp"))
            .map(p -> relative(dataDir, p))
            .sorted()
            .forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + media, e);
      }
    }
    return out;
  }

  /**
   * Where a manifest's file path goes under {@code dataDir}, refusing any path that would leave the
   * photos folder or name anything but the signing key.
   */
  static Path target(Path dataDir, String path) {
    boolean allowed =
        path.equals(SIGNING_KEY)
            || (path.startsWith(MEDIA + "/")
                && !path.contains("\\")
                && Stream.of(path.split("/", -1))
                    .noneMatch(part -> part.isEmpty() || part.equals(".") || part.equals("..")));
    Path base = dataDir.toAbsolutePath().normalize();
    Path target = base.resolve(path).normalize();
    if (!allowed || !target.startsWith(base)) {
      throw new BackupRefused("it names a file outside the photos folder: " + path);
    }
    return target;
  }

  /** What a data folder holds that a restore would overwrite or mix with (empty: none). */
  static List<String> occupying(Path dataDir, boolean sqlite) {
    if (!Files.isDirectory(dataDir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dataDir)) {
      return entries
          .map(p -> p.getFileName().toString())
          .filter(name -> sqlite || name.equals(MEDIA) || name.equals(SIGNING_KEY))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dataDir, e);
    }
  }

  private static String relative(Path dataDir, Path file) {
    List<String> parts = new ArrayList<>();
    dataDir.relativize(file).forEach(p -> parts.add(p.toString()));
    return String.join("/", parts);
  }
}
