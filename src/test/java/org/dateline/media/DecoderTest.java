package org.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.dateline.testing.HostileImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoder judges an upload by its structure before decoding a pixel, refuses work out of
 * proportion to the image, and stops a decode past its deadline of CPU time. Deterministic: the
 * tests look at what the decoder did (its refusal, whether it started), never at how long it took.
 */
class DecoderTest {
  @TempDir Path media;

  @Test
  void a_progressive_jpeg_in_300_scans_is_refused_by_its_structure_without_being_decoded() {
    byte[] bomb = HostileImages.progressiveJpeg(6000, 6000, 300);
    Decoder decoder = new Decoder();

    assertThatThrownBy(() -> new Photos(media, decoder).store(bomb))
        .isExactlyInstanceOf(PhotoRejected.class)
        .hasMessageContaining("stored in 300 scans")
        .hasMessageContaining("at most " + Decoder.MAX_SCANS);
    assertThat(decoder.decodesStarted()).isZero();
    assertThat(media).isEmptyDirectory();
  }

  @Test
  void an_upload_refused_by_its_structure_does_not_wait_for_a_decoding_slot() throws Exception {
    byte[] bomb = HostileImages.progressiveJpeg(6000, 6000, 300);
    CountDownLatch decoding = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    // Each decode blocks at its first look at the clock, holding its slot, until released.
    Decoder held =
        new Decoder(
            Duration.ofSeconds(4),
            () -> {
              decoding.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return 0L;
            });
    Photos photos = new Photos(media, held);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Future<StoredPhoto> first =
          pool.submit(() -> photos.store(jpeg(PhotosTest.picture(800, 600, false), false)));
      Future<StoredPhoto> second =
          pool.submit(() -> photos.store(jpeg(PhotosTest.picture(900, 600, false), false)));
      assertThat(decoding.await(60, TimeUnit.SECONDS)).as("both slots taken").isTrue();

      // Both slots are held: a refusal that waited for one would never come.
      Future<Throwable> refusal = pool.submit(() -> catchThrowable(() -> photos.store(bomb)));
      assertThat(refusal.get(60, TimeUnit.SECONDS))
          .isExactlyInstanceOf(PhotoRejected.class)
          .hasMessageContaining("300 scans");

      release.countDown();
      assertThat(first.get().width()).isEqualTo(800);
      assertThat(second.get().width()).isEqualTo(900);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void a_jpeg_whose_pixels_times_scans_pass_the_budget_is_refused_without_being_decoded() {
    byte[] heavy = HostileImages.progressiveJpeg(6000, 6000, 40);
    assertThat(40).isLessThanOrEqualTo(Decoder.MAX_SCANS);
    Decoder decoder = new Decoder();

    assertThatThrownBy(() -> new Photos(media, decoder).store(heavy))
        .isExactlyInstanceOf(PhotoRejected.class)
        .hasMessageContaining("36 megapixels in 40 scans");
    assertThat(decoder.decodesStarted()).isZero();
  }

  @Test
  void a_png_70000_pixels_tall_is_refused_without_being_decoded() {
    byte[] tall = HostileImages.png(200, 70_000);
    Decoder decoder = new Decoder();

    assertThatThrownBy(() -> new Photos(media, decoder).store(tall))
        .isExactlyInstanceOf(PhotoRejected.class)
        .hasMessageContaining("70,000 pixels tall")
        .hasMessageContaining("16,384");
    assertThat(decoder.decodesStarted()).isZero();
  }

  @Test
  void a_png_wider_than_the_side_limit_is_refused_for_its_width() {
    assertThatThrownBy(() -> new Decoder().inspect(pngHeader(20_000, 1_000, 8, 2)))
        .isExactlyInstanceOf(PhotoRejected.class)
        .hasMessageContaining("20,000 pixels wide");
  }

  @Test
  void a_16_bit_rgba_png_of_30_megapixels_is_refused_for_what_it_would_unpack_to() {
    assertThatThrownBy(() -> new Decoder().inspect(pngHeader(6000, 5000, 16, 6)))
        .isExactlyInstanceOf(PhotoRejected.class)
        .hasMessageContaining("would unpack to 240 MB (64 bits per pixel)");
  }

  @Test
  void a_decode_past_its_cpu_deadline_is_stopped_and_refused() {
    // Every look at the clock finds another second of CPU time gone.
    AtomicLong looks = new AtomicLong();
    Decoder decoder =
        new Decoder(Duration.ofSeconds(4), () -> looks.getAndIncrement() * 1_000_000_000L);
    byte[] photo = HostileImages.progressiveJpeg(1200, 800, 2);

    assertThatThrownBy(() -> new Photos(media, decoder).store(photo))
        .isExactlyInstanceOf(PhotoRejected.class)
        .hasMessageContaining("took more than 4 seconds to decode");
    assertThat(decoder.decodesStarted()).isEqualTo(1);
    assertThat(looks.get()).as("stopped at the first look past four seconds").isEqualTo(6);
    assertThat(media).isEmptyDirectory();
  }

  @Test
  void a_decode_within_its_deadline_is_not_stopped() {
    AtomicLong looks = new AtomicLong();
    Decoder decoder = new Decoder(Duration.ofSeconds(4), () -> looks.getAndIncrement());

    StoredPhoto photo =
        new Photos(media, decoder).store(jpeg(PhotosTest.picture(1200, 800, false), true));

    assertThat(photo.width()).isEqualTo(1200);
    assertThat(looks.get()).as("the clock was looked at while decoding").isGreaterThan(10);
  }

  @Test
  void the_header_gives_size_and_scans_as_the_file_is_built() throws IOException {
    BufferedImage picture = PhotosTest.picture(640, 480, false);
    assertThat(ImageHeader.read(jpeg(picture, false)))
        .isEqualTo(new ImageHeader(ImageKind.JPEG, 640, 480, 1, 24));
    assertThat(ImageHeader.read(jpeg(picture, true)).scans()).isEqualTo(10);
    assertThat(ImageHeader.read(HostileImages.progressiveJpeg(400, 300, 300)))
        .isEqualTo(new ImageHeader(ImageKind.JPEG, 400, 300, 300, 8));
    assertThat(ImageHeader.read(PhotosTest.png(picture)))
        .isEqualTo(new ImageHeader(ImageKind.PNG, 640, 480, 1, 24));
    assertThat(ImageHeader.read(pngHeader(300, 200, 16, 6)).bitsPerPixel()).isEqualTo(64);
    assertThat(ImageHeader.read(fixture("gradient-480x320-lossy.webp")))
        .isEqualTo(new ImageHeader(ImageKind.WEBP, 480, 320, 1, 32));
    assertThat(ImageHeader.read(fixture("rounded-300x200-lossless-alpha.webp")))
        .isEqualTo(new ImageHeader(ImageKind.WEBP, 300, 200, 1, 32));
  }

  @Test
  void stray_bytes_between_segments_are_skipped_as_the_decoder_skips_them() {
    byte[] jpeg = jpeg(PhotosTest.picture(640, 480, false), false);
    byte[] garbled = new byte[jpeg.length + 5];
    // After SOI and the JFIF segment (2 + 2 + 16 bytes), five stray bytes.
    System.arraycopy(jpeg, 0, garbled, 0, 20);
    System.arraycopy(new byte[] {1, 2, 0, (byte) 0xFF, 0}, 0, garbled, 20, 5);
    System.arraycopy(jpeg, 20, garbled, 25, jpeg.length - 20);

    assertThat(ImageHeader.read(garbled)).isEqualTo(ImageHeader.read(jpeg));
    assertThat(new Photos(media).store(garbled).width()).isEqualTo(640);
  }

  // --- samples -----------------------------------------------------------------------------

  /** A JPEG of the picture, baseline or with ImageIO's standard progressive script. */
  static byte[] jpeg(BufferedImage image, boolean progressive) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    if (progressive) {
      param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** A PNG signature and IHDR chunk (no pixel data): all that is read before decoding. */
  static byte[] pngHeader(int width, int height, int depth, int colourType) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    byte[] data =
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) depth)
            .put((byte) colourType)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array();
    byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(type);
    crc.update(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    png.writeBytes(type);
    png.writeBytes(data);
    png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    return png.toByteArray();
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = DecoderTest.class.getResourceAsStream("/fixtures/photos/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }
}
