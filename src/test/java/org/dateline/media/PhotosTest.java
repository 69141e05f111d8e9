package org.dateline.media;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PhotosTest {
  @TempDir Path media;

  @Test
  void a_large_jpeg_is_stored_capped_at_2400_with_every_smaller_rendition() throws IOException {
    StoredPhoto photo = new Photos(media).store(jpeg(picture(3000, 2000, false)));

    assertThat(photo.width()).isEqualTo(2400);
    assertThat(photo.height()).isEqualTo(1600);
    assertThat(photo.src()).matches("/media/photo-[0-9a-f]{20}-2400\\.jpg");
    String stem =
        photo.src().substring("/media/".length(), photo.src().length() - "-2400.jpg".length());
    assertThat(photo.srcset())
        .isEqualTo(
            Stream.of(320, 640, 1024, 1600, 2400)
                .map(w -> "/media/" + stem + "-" + w + ".jpg " + w + "w")
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow());
    for (int width : new int[] {320, 640, 1024, 1600, 2400}) {
      BufferedImage stored = ImageIO.read(media.resolve(stem + "-" + width + ".jpg").toFile());
      assertThat(stored.getWidth()).isEqualTo(width);
      assertThat(stored.getHeight()).isEqualTo(Math.round(width * 2 / 3f));
    }
    assertThat(files())
        .hasSize(5)
        .allMatch(name -> name.matches("[a-z0-9][a-z0-9._-]{0,120}\\.(jpg|png|webp)"));
  }

  @Test
  void a_photo_narrower_than_a_rendition_width_gets_only_the_smaller_renditions()
      throws IOException {
    StoredPhoto photo = new Photos(media).store(png(picture(700, 400, false)));

    assertThat(photo.width()).isEqualTo(700);
    assertThat(photo.height()).isEqualTo(400);
    assertThat(photo.src()).endsWith("-700.jpg");
    assertThat(photo.srcset())
        .matches(
            "/media/photo-\\w{20}-320\\.jpg 320w, /media/photo-\\w{20}-640\\.jpg 640w, "
                + "/media/photo-\\w{20}-700\\.jpg 700w");
    assertThat(files()).hasSize(3);
  }

  @Test
  void exif_with_gps_xmp_and_comments_are_stripped_from_every_file() throws IOException {
    byte[] upload =
        withSegments(
            jpeg(picture(1200, 800, false)),
            app1Exif(1),
            app1Xmp(),
            comment("shot at the safe house on Rue Oberkampf"));
    assertThat(markersBeforeScan(upload)).contains(0xE1, 0xFE); // the fixture really carries them

    new Photos(media).store(upload);

    assertThat(files()).hasSize(4);
    for (String name : files()) {
      byte[] stored = Files.readAllBytes(media.resolve(name));
      assertThat(markersBeforeScan(stored)).as(name).doesNotContain(0xE1, 0xE2, 0xED, 0xFE);
      String text = new String(stored, ISO_8859_1);
      assertThat(text)
          .as(name)
          .doesNotContain("Exif", "WGS-84", "ns.adobe.com", "SecretCam", "safe house");
      assertThat(indexOf(stored, GPS_LATITUDE)).as(name).isEqualTo(-1);
    }
  }

  @Test
  void the_pixels_survive_the_cleaning() throws IOException {
    StoredPhoto photo =
        new Photos(media).store(withSegments(jpeg(picture(1200, 800, false)), app1Exif(1)));

    BufferedImage stored = ImageIO.read(media.resolve(photo.src().substring(7)).toFile());
    assertColour(stored, 0.05, 0.5, Color.RED);
    assertColour(stored, 0.95, 0.5, Color.GREEN);
  }

  @Test
  void a_phone_photo_turned_by_exif_is_stored_upright() throws IOException {
    // The sensor's rows run left to right with red on the left; orientation 6 says "turn a quarter
    // clockwise to view", so the upright photo is portrait with red at the top.
    byte[] upload = withSegments(jpeg(picture(1200, 800, false)), app1Exif(6));

    StoredPhoto photo = new Photos(media).store(upload);

    assertThat(photo.width()).isEqualTo(800);
    assertThat(photo.height()).isEqualTo(1200);
    BufferedImage stored = ImageIO.read(media.resolve(photo.src().substring(7)).toFile());
    assertColour(stored, 0.5, 0.05, Color.RED);
    assertColour(stored, 0.5, 0.95, Color.GREEN);
  }

  @Test
  void a_png_with_transparency_stays_png_and_keeps_its_transparency() throws IOException {
    StoredPhoto photo = new Photos(media).store(png(picture(800, 500, true)));

    assertThat(photo.src()).endsWith("-800.png");
    assertThat(photo.srcset()).contains("-320.png 320w", "-640.png 640w", "-800.png 800w");
    BufferedImage stored = ImageIO.read(media.resolve(photo.src().substring(7)).toFile());
    assertThat(stored.getColorModel().hasAlpha()).isTrue();
    assertThat(stored.getRGB(2, 2) >>> 24).isZero();
    assertThat(stored.getRGB(400, 250) >>> 24).isEqualTo(0xff);
  }

  @Test
  void a_png_whose_alpha_channel_is_fully_opaque_becomes_a_jpeg() {
    BufferedImage opaqueWithAlphaChannel = picture(640, 480, false);
    BufferedImage argb = new BufferedImage(640, 480, BufferedImage.TYPE_INT_ARGB);
    argb.createGraphics().drawImage(opaqueWithAlphaChannel, 0, 0, null);

    StoredPhoto photo = new Photos(media).store(png(argb));

    assertThat(photo.src()).endsWith("-640.jpg");
  }

  @Test
  void a_lossy_webp_is_accepted_and_stored_as_jpeg() throws IOException {
    StoredPhoto photo = new Photos(media).store(fixture("gradient-480x320-lossy.webp"));

    assertThat(photo.src()).endsWith("-480.jpg");
    assertThat(photo.width()).isEqualTo(480);
    assertThat(photo.height()).isEqualTo(320);
    assertThat(photo.srcset()).contains("-320.jpg 320w", "-480.jpg 480w");
    BufferedImage stored = ImageIO.read(media.resolve(photo.src().substring(7)).toFile());
    assertColour(stored, 160 / 480.0, 160 / 320.0, new Color(0xb3261e)); // the red disc
  }

  @Test
  void a_lossless_webp_with_transparency_is_stored_as_png() throws IOException {
    StoredPhoto photo = new Photos(media).store(fixture("rounded-300x200-lossless-alpha.webp"));

    assertThat(photo.src()).endsWith("-300.png");
    BufferedImage stored = ImageIO.read(media.resolve(photo.src().substring(7)).toFile());
    assertThat(stored.getRGB(2, 2) >>> 24).isZero();
    assertThat(stored.getRGB(150, 100)).isEqualTo(new Color(11, 61, 145).getRGB());
  }

  @Test
  void storing_the_same_bytes_twice_gives_the_same_photo_and_files() throws IOException {
    byte[] upload = jpeg(picture(1100, 700, false));
    Photos photos = new Photos(media);

    StoredPhoto first = photos.store(upload);
    List<String> filesAfterFirst = files();
    byte[] largestAfterFirst = Files.readAllBytes(media.resolve(first.src().substring(7)));
    StoredPhoto second = photos.store(upload);

    assertThat(second).isEqualTo(first);
    assertThat(files()).isEqualTo(filesAfterFirst);
    assertThat(Files.readAllBytes(media.resolve(second.src().substring(7))))
        .isEqualTo(largestAfterFirst);
  }

  @Test
  void a_photos_address_cannot_be_worked_out_from_the_photo_without_the_installations_key(
      @org.junit.jupiter.api.io.TempDir Path elsewhere) {
    // Given the same upload stored by two installations (each with its own random naming key)
    byte[] upload = jpeg(picture(400, 300, false));
    StoredPhoto here = new Photos(media).store(upload);
    StoredPhoto there = new Photos(elsewhere).store(upload);

    // Then the names differ, and neither is the upload's plain hash (which anyone holding the
    // photo, e.g. a wire subscriber, could compute)
    assertThat(here.src()).isNotEqualTo(there.src());
    String plainHash = org.dateline.shared.Hashes.sha256(upload);
    assertThat(here.src()).doesNotContain(plainHash.substring(0, 10));
    assertThat(there.src()).doesNotContain(plainHash.substring(0, 10));
    // and the same installation names the same upload the same way again
    assertThat(new Photos(media).store(upload).src()).isEqualTo(here.src());
  }

  @Test
  void different_photos_get_different_names() {
    Photos photos = new Photos(media);

    StoredPhoto one = photos.store(jpeg(picture(400, 300, false)));
    StoredPhoto other = photos.store(jpeg(picture(400, 301, false)));

    assertThat(one.src()).isNotEqualTo(other.src());
  }

  @Test
  void concurrent_uploads_of_the_same_photo_agree() throws Exception {
    byte[] upload = jpeg(picture(1300, 900, false));
    Photos photos = new Photos(media);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<StoredPhoto>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        results.add(pool.submit(() -> photos.store(upload)));
      }
      StoredPhoto expected = results.get(0).get();
      for (Future<StoredPhoto> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(files()).hasSize(4); // 320, 640, 1024, 1300 and nothing temporary
    for (String name : files()) {
      assertThat(ImageIO.read(media.resolve(name).toFile())).as(name).isNotNull();
    }
  }

  static Stream<Object[]> refusals() {
    byte[] goodJpeg = jpeg(picture(800, 600, false));
    byte[] tooBig = new byte[Photos.MAX_BYTES + 1];
    System.arraycopy(goodJpeg, 0, tooBig, 0, goodJpeg.length);
    byte[] garbagePng = Arrays.copyOf(png(picture(300, 300, false)), 200);
    Arrays.fill(garbagePng, 33, 200, (byte) 7);
    return Stream.of(
        new Object[] {
          "a text file renamed .jpg",
          "Copy for the 6 o'clock bulletin.\nNot a photo.\n".getBytes(UTF_8),
          Decoder.NOT_AN_IMAGE
        },
        new Object[] {"an empty file", new byte[0], "This file is empty"},
        new Object[] {
          "an HTML page with an image extension",
          "<html><img src=x onerror=alert(1)></html>".getBytes(UTF_8),
          Decoder.NOT_AN_IMAGE
        },
        new Object[] {
          "a GIF",
          "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(ISO_8859_1),
          Decoder.NOT_AN_IMAGE
        },
        new Object[] {
          "an SVG",
          "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(UTF_8),
          Decoder.NOT_AN_IMAGE
        },
        new Object[] {
          "a truncated JPEG", Arrays.copyOf(goodJpeg, goodJpeg.length * 6 / 10), Decoder.DAMAGED
        },
        new Object[] {"a JPEG cut inside its header", Arrays.copyOf(goodJpeg, 40), Decoder.DAMAGED},
        new Object[] {"a PNG with a garbled body", garbagePng, Decoder.DAMAGED},
        new Object[] {
          "a 10,000 pixel wide decompression bomb", decompressionBomb(10_000, 10_000), "at most 40"
        },
        new Object[] {"an image 199 pixels wide", jpeg(picture(199, 600, false)), "at least 200"},
        new Object[] {"a file over 15 MB", tooBig, "the limit is 15 MB"});
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("refusals")
  void unacceptable_uploads_are_refused_with_a_clear_message_and_leave_nothing_behind(
      String what, byte[] upload, String message) throws IOException {
    assertThatThrownBy(() -> new Photos(media).store(upload))
        .isExactlyInstanceOf(PhotoRejected.class)
        .hasMessageContaining(message);
    assertThat(files()).isEmpty();
  }

  @Test
  void the_decompression_bomb_is_refused_before_its_pixels_are_decoded() {
    byte[] bomb = decompressionBomb(10_000, 10_000);
    Decoder decoder = new Decoder();

    assertThatThrownBy(() -> new Photos(media, decoder).store(bomb))
        .isInstanceOf(PhotoRejected.class);

    // Decoding 100 megapixels would take seconds and 300 MB; the header alone decided.
    assertThat(decoder.decodesStarted()).isZero();
  }

  @Test
  void a_null_upload_is_refused_like_an_empty_one() {
    assertThatThrownBy(() -> new Photos(media).store(null))
        .isExactlyInstanceOf(PhotoRejected.class);
  }

  // --- samples -----------------------------------------------------------------------------

  /**
   * Red on the left, green on the right, a blue band in the middle; transparent corners if asked.
   */
  static BufferedImage picture(int width, int height, boolean transparentCorners) {
    BufferedImage image =
        new BufferedImage(
            width,
            height,
            transparentCorners ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 3, height);
    g.setColor(Color.GREEN);
    g.fillRect(width - width / 3, 0, width / 3 + 1, height);
    g.setPaint(new GradientPaint(width / 3f, 0, Color.BLUE, width * 2 / 3f, height, Color.WHITE));
    g.fillRect(width / 3, 0, width - 2 * (width / 3), height);
    if (transparentCorners) {
      g.setComposite(java.awt.AlphaComposite.Clear);
      g.fillRect(0, 0, width / 10, height / 10);
    }
    g.dispose();
    return image;
  }

  static byte[] jpeg(BufferedImage image) {
    return encode(image, "jpeg");
  }

  static byte[] png(BufferedImage image) {
    return encode(image, "png");
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = PhotosTest.class.getResourceAsStream("/fixtures/photos/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  /** Latitude 48° 51' 52.8" as three big-endian RATIONALs, as a camera writes them. */
  static final byte[] GPS_LATITUDE =
      ByteBuffer.allocate(24)
          .putInt(48)
          .putInt(1)
          .putInt(51)
          .putInt(1)
          .putInt(528)
          .putInt(10)
          .array();

  /**
   * An APP1 "Exif" segment as a phone writes it: IFD0 with the orientation and a pointer to a GPS
   * IFD holding latitude, longitude and map datum.
   */
  static byte[] app1Exif(int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(200); // big-endian, like most cameras
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) 2); // IFD0 at 8: two entries
    tiff.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    int gpsIfd = 8 + 2 + 2 * 12 + 4;
    tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
    tiff.putInt(0); // no next IFD
    int data = gpsIfd + 2 + 5 * 12 + 4;
    tiff.putShort((short) 5); // GPS IFD
    tiff.putShort((short) 1)
        .putShort((short) 2)
        .putInt(2)
        .put(new byte[] {'N', 0, 0, 0}); // latitude ref
    tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(data); // latitude
    tiff.putShort((short) 3)
        .putShort((short) 2)
        .putInt(2)
        .put(new byte[] {'E', 0, 0, 0}); // longitude ref
    tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(data + 24); // longitude
    tiff.putShort((short) 0x12).putShort((short) 2).putInt(7).putInt(data + 48); // map datum
    tiff.putInt(0);
    tiff.put(GPS_LATITUDE);
    tiff.putInt(2).putInt(1).putInt(21).putInt(1).putInt(93).putInt(10);
    tiff.put("WGS-84\0".getBytes(ISO_8859_1));
    byte[] payload = new byte[6 + tiff.position()];
    System.arraycopy("Exif\0\0".getBytes(ISO_8859_1), 0, payload, 0, 6);
    System.arraycopy(tiff.array(), 0, payload, 6, tiff.position());
    return segment(0xE1, payload);
  }

  static byte[] app1Xmp() {
    String xmp =
        "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
            + "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description xmlns:xmp='http://ns.adobe.com/xap/1.0/'"
            + " xmp:CreatorTool='SecretCam 2.1'/></rdf:RDF></x:xmpmeta>";
    return segment(0xE1, xmp.getBytes(UTF_8));
  }

  static byte[] comment(String text) {
    return segment(0xFE, text.getBytes(UTF_8));
  }

  private static byte[] segment(int marker, byte[] payload) {
    return ByteBuffer.allocate(4 + payload.length)
        .put((byte) 0xFF)
        .put((byte) marker)
        .putShort((short) (payload.length + 2))
        .put(payload)
        .array();
  }

  /** The JPEG with the segments inserted right after SOI, where cameras put them. */
  static byte[] withSegments(byte[] jpeg, byte[]... segments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    for (byte[] segment : segments) {
      out.writeBytes(segment);
    }
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** The marker codes of a JPEG's segments up to the start of the image data. */
  static List<Integer> markersBeforeScan(byte[] jpeg) {
    assertThat(jpeg[0] & 0xff).isEqualTo(0xFF);
    assertThat(jpeg[1] & 0xff).isEqualTo(0xD8);
    List<Integer> markers = new ArrayList<>();
    int pos = 2;
    while (pos + 4 <= jpeg.length) {
      int marker = jpeg[pos + 1] & 0xff;
      markers.add(marker);
      if (marker == 0xDA) {
        break;
      }
      pos += 2 + ((jpeg[pos + 2] & 0xff) << 8 | (jpeg[pos + 3] & 0xff));
    }
    return markers;
  }

  /**
   * A PNG whose header claims width × height RGB pixels, followed by a small IDAT of deflated zeros
   * that would inflate to the full size: the classic decompression bomb.
   */
  static byte[] decompressionBomb(int width, int height) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(
        png,
        "IHDR",
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array());
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] zeros = new byte[(width * 3 + 1) * 200]; // 200 rows; the rest would follow the same way
    deflater.setInput(zeros);
    deflater.finish();
    byte[] buffer = new byte[zeros.length];
    int length = deflater.deflate(buffer);
    deflater.end();
    chunk(png, "IDAT", Arrays.copyOf(buffer, length));
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    png.writeBytes(typeBytes);
    png.writeBytes(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  // --- helpers -----------------------------------------------------------------------------

  /** The photo files (the naming key, a dot file, is never served and not a photo). */
  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(media)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Asserts the colour at a relative position, with JPEG's tolerance. */
  private static void assertColour(BufferedImage image, double x, double y, Color expected) {
    Color colour =
        new Color(
            image.getRGB((int) (x * (image.getWidth() - 1)), (int) (y * (image.getHeight() - 1))));
    assertThat(
            Math.abs(colour.getRed() - expected.getRed())
                + Math.abs(colour.getGreen() - expected.getGreen())
                + Math.abs(colour.getBlue() - expected.getBlue()))
        .as("%s close to %s", colour, expected)
        .isLessThan(40);
  }
}
