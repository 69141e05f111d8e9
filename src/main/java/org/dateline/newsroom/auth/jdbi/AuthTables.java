package org.dateline.newsroom.auth.jdbi;

import org.dateline.newsroom.auth.ThrottleRepository;
import org.dateline.newsroom.auth.UserRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the feature's repository ports
 * for accounts, sessions and the sign-in throttle; the implementation stays package-private
 * (decision 0018).
 */
public final class AuthTables {
  private AuthTables() {}

  /** The {@link UserRepository} over {@code jdbi}. */
  public static UserRepository users(Jdbi jdbi) {
    return new JdbiUserRepository(jdbi);
  }

  /** The {@link ThrottleRepository} over {@code jdbi}. */
  public static ThrottleRepository throttle(Jdbi jdbi) {
    return new JdbiThrottleRepository(jdbi);
  }
}
