package org.dateline.wire;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Cursors into the change log, opaque to subscribers: base64url of {@code c1:SEQ}. An empty cursor
 * is the beginning.
 */
public final class Cursors {
  private static final Pattern PAYLOAD = Pattern.compile("c1:(0|[1-9][0-9]{0,17})");

  private Cursors() {}

  public static String of(long seq) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("c1:" + seq).getBytes(StandardCharsets.US_ASCII));
  }

  /** The sequence number a cursor stands for; refuses anything this server did not write. */
  public static long seq(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    if (cursor.length() > 40) {
      throw new WireRefused("bad_cursor", "The cursor \"" + cursor + "\" is not one of ours.");
    }
    try {
      String payload = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      if (PAYLOAD.matcher(payload).matches()) {
        return Long.parseLong(payload.substring(3));
      }
    } catch (IllegalArgumentException e) {
      // not base64: refused below
    }
    throw new WireRefused("bad_cursor", "The cursor \"" + cursor + "\" is not one of ours.");
  }
}
