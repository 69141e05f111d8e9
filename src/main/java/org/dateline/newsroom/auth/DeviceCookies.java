package org.dateline.newsroom.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OWASP's device cookies: after a successful sign-in the browser gets {@code
 * user.issued.nonce.signature} (HMAC-SHA256 under a key kept in the database), which marks it as a
 * device that knew the account's password. Its sign-ins are throttled in a bucket of their own
 * (decision 0009). Nothing secret is in the cookie; it only names a device. Thread-safe.
 */
final class DeviceCookies {
  /** How long a browser stays known without signing in again. */
  static final Duration LIFETIME = Duration.ofDays(180);

  /**
   * Clocks of several processes may differ a little; a cookie "from the future" within this is
   * fine.
   */
  private static final Duration SKEW = Duration.ofMinutes(5);

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  private final SecureRandom random = new SecureRandom();

  /** A new device cookie value for the user. */
  String issue(long userId, Instant now, String key) {
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    String payload = userId + "." + now.getEpochSecond() + "." + BASE64.encodeToString(nonce);
    return payload + "." + sign(payload, key);
  }

  /**
   * The device's id (its nonce) when the cookie is genuine, names this user, was issued after the
   * password last changed (a device that knew an old password is a stranger again) and is not too
   * old; empty otherwise.
   */
  Optional<String> deviceOf(
      String cookie, long userId, Instant passwordChangedAt, Instant now, String key) {
    if (cookie == null || cookie.length() > 200) {
      return Optional.empty();
    }
    String[] parts = cookie.split("\\.", -1);
    if (parts.length != 4
        || !parts[0].equals(Long.toString(userId))
        || !parts[1].matches("\\d{1,12}")) {
      return Optional.empty();
    }
    String payload = parts[0] + "." + parts[1] + "." + parts[2];
    boolean genuine =
        MessageDigest.isEqual(
            sign(payload, key).getBytes(StandardCharsets.UTF_8),
            parts[3].getBytes(StandardCharsets.UTF_8));
    Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
    if (!genuine
        || issued.isAfter(now.plus(SKEW))
        || issued.getEpochSecond() < passwordChangedAt.getEpochSecond()
        || !issued.plus(LIFETIME).isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(parts[2]);
  }

  private static String sign(String payload, String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(HexFormat.of().parseHex(key), "HmacSHA256"));
      return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
