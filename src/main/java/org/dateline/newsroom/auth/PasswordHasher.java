package org.dateline.newsroom.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes in PHC form, at the cost of {@link #PRODUCTION} (OWASP minimum: 19 MiB,
 * 2 passes, 1 lane). A hash is checked at the cost written in it, so a store's older or cheaper
 * hashes still verify. Thread-safe.
 */
public final class PasswordHasher {
  /** What every running Dateline hashes with: OWASP's minimum for Argon2id. */
  public static final Cost PRODUCTION = new Cost(19456, 2);

  // Made here, not at the first hash, although password4j's function holds a zeroed block of its
  // whole memory cost (19 MiB at the production cost) from then on: its constructor registers a
  // JVM shutdown hook, which fails once a shutdown has begun, so a first sign-in in flight during
  // a graceful stop would fail (GracefulShutdownIT; decision 0105).
  private final Argon2Function argon2;

  /** The production cost. */
  public PasswordHasher() {
    this(PRODUCTION);
  }

  /**
   * Hashes at {@code cost}. Only the tests choose a lower one (decision 0092): a test server's
   * throwaway accounts need no protection, and a production hash costs a second of CPU per sign-in
   * in a test JVM on the quick JIT.
   */
  public PasswordHasher(Cost cost) {
    this.argon2 = Argon2Function.getInstance(cost.memoryKib(), cost.passes(), 1, 32, Argon2.ID);
  }

  public String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
  }

  public boolean matches(String password, String phc) {
    try {
      return Password.check(password, phc).with(Argon2Function.getInstanceFromHash(phc));
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  /** Argon2id's memory in KiB and its number of passes (one lane, a 32-byte hash). */
  public record Cost(int memoryKib, int passes) {
    public Cost {
      if (memoryKib < 8 || passes < 1) {
        throw new IllegalArgumentException("no Argon2id cost: " + memoryKib + " KiB, " + passes);
      }
    }
  }
}
