package org.dateline.subscriber;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.dateline.shared.Hashes;

/**
 * API keys: 256 random bits, written {@code dlk_} + base64url; stored only as their SHA-256, with
 * the first {@value #PREFIX} characters kept visible so admins can tell keys apart. Thread-safe.
 */
final class ApiKeys {
  static final int PREFIX = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "dlk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String key) {
    return Hashes.sha256(key);
  }

  static String prefix(String key) {
    return key.substring(0, Math.min(PREFIX, key.length()));
  }

  /** Compares two hex digests in time that does not depend on where they differ. */
  static boolean sameHash(String a, String b) {
    HexFormat hex = HexFormat.of();
    try {
      return MessageDigest.isEqual(hex.parseHex(a), hex.parseHex(b));
    } catch (IllegalArgumentException e) {
      return MessageDigest.isEqual(
          a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
  }
}
