package org.dateline.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import org.dateline.shared.Hashes;

/**
 * Stores uploaded photos. An upload is accepted when its content (never its name) is a JPEG, PNG or
 * WebP of at most 15 MB, at least 200 pixels wide, at most 16,384 pixels wide and tall and 40
 * megapixels, whose decoding is not out of proportion (see {@link Decoder}). It is decoded and
 * re-encoded, which drops all metadata (EXIF with GPS, XMP, comments) after the EXIF rotation is
 * applied: opaque photos become JPEG at quality 0.85, photos with transparency become PNG. The
 * photo is written at its own width capped at 2400 pixels, plus renditions 320, 640, 1024 and 1600
 * pixels wide when smaller, named {@code photo-<keyed hash of the upload>-<width>.<jpg|png>}; the
 * same upload always gives the same names here, but nobody can work a name out from the photo
 * without this installation's random key ({@code .name-key} in the media folder, which is never
 * served), so an embargoed story's photo has no guessable address (decision 0011). Files appear
 * atomically, so a half-written file is never served.
 *
 * <p>Thread-safe. At most two uploads are decoded at a time, since a 40-megapixel photo needs about
 * 160 MB of memory while it is being resized; an upload refused by its structure never waits for a
 * turn, and a decode is stopped after {@link Decoder#DEADLINE} of CPU time.
 */
public final class Photos {
  /** The largest upload accepted, in bytes. */
  public static final int MAX_BYTES = 15 * 1024 * 1024;

  static final int MAX_WIDTH = 2400;
  static final int[] RENDITION_WIDTHS = {320, 640, 1024, 1600};
  static final float JPEG_QUALITY = 0.85f;

  /** Hex digits of the keyed hash in a name: 80 bits. */
  static final int NAME_HEX = 20;

  private final Path folder;
  private final MediaFolder media;
  private final Decoder decoder;
  private final Semaphore decoding = new Semaphore(2, true);

  public Photos(Path mediaFolder) {
    this(mediaFolder, new Decoder());
  }

  Photos(Path mediaFolder, Decoder decoder) {
    this.folder = mediaFolder;
    this.media = new MediaFolder(mediaFolder);
    this.decoder = decoder;
  }

  /**
   * Checks, cleans and stores an uploaded photo with its renditions.
   *
   * @throws PhotoRejected when the upload is not an acceptable photo (nothing is written then)
   */
  public StoredPhoto store(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new PhotoRejected("This file is empty. Choose a JPEG, PNG or WebP photo.");
    }
    if (bytes.length > MAX_BYTES) {
      throw new PhotoRejected(
          "This photo is too big: the limit is "
              + MAX_BYTES / (1024 * 1024)
              + " MB. Export it smaller and retry.");
    }
    // Refused by its structure before it waits for a decoding slot: a hostile file costs nothing.
    ImageHeader header = decoder.inspect(bytes);
    decoding.acquireUninterruptibly();
    try {
      Master master = master(decoder.decode(bytes, header));
      // Named only once decoded: a refused upload leaves nothing behind, not even the name key.
      String name = "photo-" + Hashes.hmacSha256(media.nameKey(), bytes).substring(0, NAME_HEX);
      BufferedImage largest = master.image();
      List<MediaFolder.Rendition> renditions = new ArrayList<>();
      for (int width : RENDITION_WIDTHS) {
        if (width < largest.getWidth()) {
          renditions.add(
              media.write(name, resize(largest, width, master.type()), master.transparent()));
        }
      }
      renditions.add(media.write(name, largest, master.transparent()));
      String srcset =
          renditions.stream()
              .map(r -> r.url() + " " + r.width() + "w")
              .collect(Collectors.joining(", "));
      return new StoredPhoto(
          renditions.get(renditions.size() - 1).url(),
          srcset,
          largest.getWidth(),
          largest.getHeight());
    } finally {
      decoding.release();
    }
  }

  /** The social card's shape and largest size (what sharing sites show, 1.91 : 1). */
  static final int CARD_WIDTH = 1200;

  static final int CARD_HEIGHT = 630;

  /** The list thumbnail's shape and largest size (16 : 9, as the lists show it). */
  static final int THUMB_WIDTH = 640;

  static final int THUMB_HEIGHT = 360;

  private static final Pattern STORED =
      Pattern.compile("/media/(photo-[0-9a-f]{" + NAME_HEX + "})-[0-9]{1,5}\\.(jpg|png)");

  /**
   * Crops a stored photo around its focal point ({@code x}, {@code y}: fractions of its width and
   * height from the top left): the social card and the list thumbnail, named after the photo and
   * the point, so the same request gives the same files. The photo's own files are left as they
   * are.
   *
   * @throws PhotoRejected when {@code src} is not a photo stored here
   */
  public StoredCrops crops(String src, double x, double y) {
    Matcher m = STORED.matcher(src == null ? "" : src);
    Path file = m.matches() ? folder.resolve(src.substring("/media/".length())) : null;
    if (file == null || !Files.isRegularFile(file)) {
      throw new PhotoRejected("This photo is not stored here: upload it again.");
    }
    boolean png = m.group(2).equals("png");
    String name =
        m.group(1) + "-f" + Math.round(clamp(x) * 1000) + "-" + Math.round(clamp(y) * 1000);
    decoding.acquireUninterruptibly();
    try {
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new PhotoRejected("This photo cannot be read: upload it again.");
      }
      int type = png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
      return new StoredCrops(
          crop(image, name + "-card", CARD_WIDTH, CARD_HEIGHT, x, y, type, png),
          crop(image, name + "-thumb", THUMB_WIDTH, THUMB_HEIGHT, x, y, type, png));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } finally {
      decoding.release();
    }
  }

  private StoredPhoto crop(
      BufferedImage image,
      String name,
      int width,
      int height,
      double x,
      double y,
      int type,
      boolean png) {
    FocalCrop.Area area =
        FocalCrop.around(image.getWidth(), image.getHeight(), width, height, x, y);
    BufferedImage part = image.getSubimage(area.left(), area.top(), area.width(), area.height());
    BufferedImage sized;
    try {
      sized =
          // The shape exactly (the crop may be a pixel off it); never larger than the crop.
          Thumbnails.of(part)
              .forceSize(
                  area.width() >= width ? width : area.width(),
                  area.width() >= width ? height : area.height())
              .imageType(type)
              .asBufferedImage();
    } catch (IOException e) {
      throw new UncheckedIOException("resizing in memory failed", e);
    }
    MediaFolder.Rendition r = media.write(name, sized, png);
    return new StoredPhoto(r.url(), "", sized.getWidth(), sized.getHeight());
  }

  private static double clamp(double f) {
    return Double.isNaN(f) ? 0.5 : Math.max(0, Math.min(1, f));
  }

  /**
   * The upright photo at its stored size, as opaque RGB or, when it has see-through pixels, ARGB.
   */
  private record Master(BufferedImage image, boolean transparent) {
    int type() {
      return transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }
  }

  private static Master master(BufferedImage upright) {
    boolean transparent = Transparency.isTransparent(upright);
    int type = transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    return new Master(resize(upright, Math.min(upright.getWidth(), MAX_WIDTH), type), transparent);
  }

  private static BufferedImage resize(BufferedImage image, int width, int type) {
    if (image.getWidth() == width && image.getType() == type) {
      return image;
    }
    try {
      return Thumbnails.of(image).width(width).imageType(type).asBufferedImage();
    } catch (IOException e) {
      throw new UncheckedIOException("resizing in memory failed", e);
    }
  }
}
