package org.dateline.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.dateline.article.Block;
import org.dateline.shared.Hashes;
import org.dateline.shared.Slugs;

/**
 * The demo's photos for {@link DemoContent}: each copied once into the media folder under a name
 * made of its own and a hash of its bytes, with its 600 px rendition when the demo ships one.
 */
final class DemoPhotos {
  private final Path mediaFolder;

  DemoPhotos(Path mediaFolder) {
    this.mediaFolder = mediaFolder;
  }

  /** Copies a demo photo (and its 600 px rendition) into the media folder under hashed names. */
  Block.Photo photo(String file, String alt, String caption, String credit) {
    byte[] big = DemoContent.resource("demo/img/" + file);
    String base = file.substring(0, file.lastIndexOf('.'));
    String src = store(base, big);
    String srcset = "";
    int width;
    int height;
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(big));
      width = image.getWidth();
      height = image.getHeight();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String smallName = "demo/img/" + base + "-600.jpg";
    if (DemoContent.class.getClassLoader().getResource(smallName) != null) {
      String small = store(base + "-600", DemoContent.resource(smallName));
      srcset = small + " 600w, " + src + " " + width + "w";
    }
    return new Block.Photo(
        src, srcset, width, height, alt.isEmpty() ? "photo" : alt, caption, credit);
  }

  private String store(String base, byte[] bytes) {
    String name = Slugs.of(base) + "-" + Hashes.sha256(bytes).substring(0, 10) + ".jpg";
    try {
      Files.createDirectories(mediaFolder);
      Path target = mediaFolder.resolve(name);
      if (!Files.exists(target)) {
        Path tmp = Files.createTempFile(mediaFolder, "upload", ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store demo photo " + name, e);
    }
    return "/media/" + name;
  }
}
