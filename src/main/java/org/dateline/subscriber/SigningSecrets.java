package org.dateline.subscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.dateline.shared.Hashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook signing secrets, derived rather than stored (decision 0025): HMAC-SHA256 under the
 * installation's key of the subscriber's id and key generation. A rotation makes a new generation,
 * hence a new secret. The key lives in the store (decision 0075), so every node signs alike and a
 * backup carries it; an installation from before that adopts its data folder's {@code
 * wire-signing.key}, so no subscriber's secret changes. Thread-safe.
 */
public final class SigningSecrets {
  static final String FILE = "wire-signing.key";
  static final String KEY_NAME = "wire.signing";
  private static final Logger LOG = LoggerFactory.getLogger(SigningSecrets.class);
  private final byte[] key;

  private SigningSecrets(byte[] key) {
    this.key = key.clone();
  }

  /**
   * The installation's key from the store; when the store has none yet, this node puts in the key
   * of its data folder's {@value #FILE} if there is one (an upgrade), else a new random key — the
   * first node to do so wins, and every node then uses the store's.
   */
  public static SigningSecrets of(SubscriberRepository store, Path dataDir) {
    Optional<String> local = readFile(dataDir.resolve(FILE));
    Optional<String> stored = store.installationKey(KEY_NAME);
    if (stored.isEmpty()) {
      String offered =
          local.orElseGet(
              () -> {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                return HexFormat.of().formatHex(fresh);
              });
      store.offerInstallationKey(KEY_NAME, offered);
      stored = store.installationKey(KEY_NAME);
    }
    String hex = stored.orElseThrow(() -> new IllegalStateException("no signing key was kept"));
    if (local.isPresent() && !local.get().equals(hex)) {
      LOG.warn(
          "{} in {} differs from the store's signing key; the store's is used (decision 0075)",
          FILE,
          dataDir);
    }
    return new SigningSecrets(HexFormat.of().parseHex(hex));
  }

  private static Optional<String> readFile(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (!text.matches("[0-9a-f]{64}")) {
        throw new IllegalStateException(
            file + " is not a signing key (64 lower-case hex digits); remove it or put it right");
      }
      return Optional.of(text);
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the signing key " + file, e);
    }
  }

  /** The secret subscribers verify signatures with: {@code whsec_} + 64 hex digits. */
  public String secret(long subscriberId, int generation) {
    return "whsec_"
        + Hashes.hmacSha256(
            key, ("webhook:" + subscriberId + ":" + generation).getBytes(StandardCharsets.UTF_8));
  }
}
