package org.dateline.subscriber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.dateline.shared.Hashes;

/**
 * Webhook signing secrets, derived rather than stored (decision 0025): HMAC-SHA256 under the
 * installation's key (a random file in the data folder, readable by its owner only) of the
 * subscriber's id and key generation. A rotation makes a new generation, hence a new secret.
 * Thread-safe.
 */
public final class SigningSecrets {
  static final String FILE = "wire-signing.key";
  private final byte[] key;

  private SigningSecrets(byte[] key) {
    this.key = key.clone();
  }

  /** The installation's key from {@code dataDir}, made on first use. */
  public static SigningSecrets in(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Path tmp = Files.createTempFile(dataDir, ".signing", ".tmp");
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the data folder's own permissions protect it
        }
        Files.writeString(tmp, HexFormat.of().formatHex(fresh), StandardCharsets.US_ASCII);
        try {
          Files.move(tmp, file); // fails if another process made it first: then use theirs
        } catch (FileAlreadyExistsException e) {
          Files.deleteIfExists(tmp);
        }
      }
      return new SigningSecrets(
          HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or make the signing key " + file, e);
    }
  }

  /** The secret subscribers verify signatures with: {@code whsec_} + 64 hex digits. */
  public String secret(long subscriberId, int generation) {
    return "whsec_"
        + Hashes.hmacSha256(
            key, ("webhook:" + subscriberId + ":" + generation).getBytes(StandardCharsets.UTF_8));
  }
}
