package org.dateline.newsroom.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id password hashes in PHC form (OWASP minimum: 19 MiB, 2 passes, 1 lane). Thread-safe. */
public final class PasswordHasher {
  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID);

  public String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
  }

  public boolean matches(String password, String phc) {
    try {
      return Password.check(password, phc).with(Argon2Function.getInstanceFromHash(phc));
    } catch (RuntimeException malformed) {
      return false;
    }
  }
}
