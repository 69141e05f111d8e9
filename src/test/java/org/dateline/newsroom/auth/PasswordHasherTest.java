package org.dateline.newsroom.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production hashes at OWASP's Argon2id minimum; the tests' cheaper cost (decision 0092) changes
 * nothing in how a hash is checked, and a hash is always checked at the cost written in it.
 *
 * <p>The class makes one hash at production cost and every test reads it: each production hash or
 * check costs a fifth of a second of CPU (decision 0098).
 */
class PasswordHasherTest {
  private static final String PASSWORD = "비밀번호 correct horse battery staple";
  private static String strongHash = "";

  @BeforeAll
  static void hashOnceAtProductionCost() {
    strongHash = new PasswordHasher().hash(PASSWORD);
  }

  @Test
  void production_hashes_with_argon2id_at_19_mib_and_two_passes() {
    assertThat(PasswordHasher.PRODUCTION).isEqualTo(new PasswordHasher.Cost(19456, 2));

    assertThat(strongHash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(new PasswordHasher().matches(PASSWORD, strongHash)).isTrue();
    assertThat(new PasswordHasher().matches(PASSWORD + " ", strongHash)).isFalse();
  }

  @Test
  void a_hash_is_checked_at_its_own_cost_whatever_the_hasher_hashes_with() {
    PasswordHasher cheap = new PasswordHasher(new PasswordHasher.Cost(256, 1));
    String cheapHash = cheap.hash(PASSWORD);

    assertThat(cheapHash).startsWith("$argon2id$v=19$m=256,t=1,p=1$");
    assertThat(new PasswordHasher().matches(PASSWORD, cheapHash)).isTrue();
    assertThat(cheap.matches(PASSWORD, strongHash)).isTrue();
    assertThat(cheap.matches("wrong", strongHash)).isFalse();
    assertThat(cheap.matches(PASSWORD, "not a hash")).isFalse();
  }

  @Test
  void a_cost_below_argon2s_minimum_is_refused() {
    assertThatThrownBy(() -> new PasswordHasher.Cost(4, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordHasher.Cost(256, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
