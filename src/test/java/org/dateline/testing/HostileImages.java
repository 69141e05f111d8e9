package org.dateline.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Images that are small files but expensive or impossible to decode, made in the test rather than
 * committed: the shapes an outside probe sent.
 */
public final class HostileImages {
  /** Blank grey progressive JPEGs by size, encoded once (see {@link #progressiveJpeg}). */
  private static final Map<List<Integer>, byte[]> ENCODED = new ConcurrentHashMap<>();

  private HostileImages() {}

  /**
   * A valid grey progressive JPEG of {@code width × height} built from {@code scans} scans: the DC
   * scan, then one AC scan repeated. A repeated first AC scan with no successive approximation is
   * legal to a decoder and warns of nothing, yet ImageIO runs a full output pass after every scan.
   * At 6000 × 6000 with 300 scans the file is about 88 KB.
   */
  public static byte[] progressiveJpeg(int width, int height, int scans) {
    if (scans < 2) {
      throw new IllegalArgumentException("a DC scan and at least one AC scan");
    }
    // Encoding a blank 36-megapixel picture is the costly part; the same size is encoded once per
    // JVM (the array is only read below), so each test still gets exactly the same file.
    byte[] jpeg =
        ENCODED.computeIfAbsent(
            List.of(width, height),
            size ->
                encodeProgressive(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY)));
    List<int[]> found = scans(jpeg);
    // ImageIO's progression for grey: DC (Al=1), AC 1-5, AC 6-63, refinements. Keep the header and
    // the DC scan (made Al=0), the tables between it and the AC 6-63 scan, then that scan as AC
    // 1-63 with Al=0, repeated.
    int[] dc = found.get(0);
    int[] ac = found.get(2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] head = Arrays.copyOfRange(jpeg, 0, dc[1]);
    head[approximationAt(head, dc[0])] = 0;
    out.write(head, 0, head.length);
    for (int at = dc[1]; at < ac[0]; ) {
      int marker = jpeg[at + 1] & 0xff;
      if (marker == 0xDA) {
        int start = at;
        at = found.stream().filter(s -> s[0] == start).findFirst().orElseThrow()[1];
        continue;
      }
      int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
      if (marker == 0xC4) {
        out.write(jpeg, at, 2 + length);
      }
      at += 2 + length;
    }
    byte[] scan = Arrays.copyOfRange(jpeg, ac[0], ac[1]);
    int approximation = approximationAt(scan, 0);
    scan[approximation - 2] = 1;
    scan[approximation - 1] = 63;
    scan[approximation] = 0;
    for (int n = 1; n < scans; n++) {
      out.write(scan, 0, scan.length);
    }
    out.write(0xFF);
    out.write(0xD9);
    return out.toByteArray();
  }

  /** A plain grey PNG of the given size (a tall one is a few kilobytes). */
  public static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] encodeProgressive(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
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

  /** The index of the Ah/Al byte of the SOS segment starting at {@code sos}. */
  private static int approximationAt(byte[] jpeg, int sos) {
    int components = jpeg[sos + 4] & 0xff;
    return sos + 5 + 2 * components + 2;
  }

  /** Each scan as {start of its SOS marker, end of its entropy-coded data}. */
  private static List<int[]> scans(byte[] jpeg) {
    List<int[]> scans = new ArrayList<>();
    int at = 2;
    while (at < jpeg.length) {
      int marker = jpeg[at + 1] & 0xff;
      if (marker == 0xD9) {
        break;
      }
      int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
      if (marker != 0xDA) {
        at += 2 + length;
        continue;
      }
      int end = at + 2 + length;
      while (!((jpeg[end] & 0xff) == 0xFF
          && (jpeg[end + 1] & 0xff) != 0
          && ((jpeg[end + 1] & 0xff) < 0xD0 || (jpeg[end + 1] & 0xff) > 0xD7))) {
        end++;
      }
      scans.add(new int[] {at, end});
      at = end;
    }
    return scans;
  }
}
