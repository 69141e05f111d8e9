package org.dateline.delivery;

import java.nio.charset.StandardCharsets;
import org.dateline.shared.Hashes;

/**
 * The webhook signature: {@code X-Dateline-Signature: t=UNIX_SECONDS,v1=HEX}, where HEX is
 * HMAC-SHA256 under the subscriber's secret of {@code t + "." + body} (docs/WIRE.md shows how to
 * verify it).
 */
public final class Signatures {
  private Signatures() {}

  public static String header(String secret, long unixSeconds, String body) {
    return "t=" + unixSeconds + ",v1=" + v1(secret, unixSeconds, body);
  }

  static String v1(String secret, long unixSeconds, String body) {
    return Hashes.hmacSha256(
        secret.getBytes(StandardCharsets.UTF_8),
        (unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
  }
}
