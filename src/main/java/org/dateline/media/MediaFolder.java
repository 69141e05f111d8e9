package org.dateline.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The media folder's files, for {@link Photos}: each rendition written once under its name (made
 * from the photo's content, so a file already there is that very rendition), atomically, as JPEG or
 * PNG; and this installation's naming key, made on the first upload. Thread-safe: the key is made
 * under a lock, and a rendition appears whole or not at all.
 */
final class MediaFolder {
  private static final String KEY_FILE = ".name-key";
  private final Path folder;
  private volatile byte @Nullable [] key;

  MediaFolder(Path folder) {
    this.folder = folder;
  }

  /** A file written: its name in the folder and its width. */
  record Rendition(String file, int width) {
    String url() {
      return "/media/" + file;
    }
  }

  /** Writes a rendition unless it is there already. */
  Rendition write(String name, BufferedImage image, boolean png) {
    String file = name + "-" + image.getWidth() + (png ? ".png" : ".jpg");
    Path target = folder.resolve(file);
    try {
      // Same name, same content: a file already there is this very rendition.
      if (!Files.exists(target)) {
        Files.createDirectories(folder);
        atomicWrite(target, png ? png(image) : jpeg(image));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    return new Rendition(file, image.getWidth());
  }

  private void atomicWrite(Path target, byte[] bytes) throws IOException {
    // The temporary name starts with a dot, which the media route never serves.
    Path temp = Files.createTempFile(folder, ".upload-", ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(Photos.JPEG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageIO.write(image, "png", stream);
    }
    return out.toByteArray();
  }

  /** This installation's naming key, made (32 random bytes) on the first upload. */
  synchronized byte[] nameKey() {
    if (key != null) {
      return key;
    }
    Path file = folder.resolve(KEY_FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(folder);
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path temp = Files.createTempFile(folder, ".key-", ".tmp");
        try {
          Files.write(temp, fresh);
          // A hard link appears whole and fails when the file exists: if another process made the
          // key meanwhile, the first one stays.
          Files.createLink(file, temp);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          // kept the other process's key
        } finally {
          Files.deleteIfExists(temp);
        }
      }
      byte[] read = Files.readAllBytes(file);
      if (read.length < 32) {
        throw new IllegalStateException(file + " is not a photo naming key");
      }
      key = read;
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or make " + file, e);
    }
  }
}
