package org.dateline.newsroom.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Production hashes at OWASP's Argon2id minimum; the tests' cheaper cost (decision 0092) changes
 * nothing in how a hash is checked, and a hash is always checked at the cost written in it. Hashes
 * that password4j wrote before decision 0113 still verify (fixtures/passwords).
 *
 * <p>The class makes one hash at production cost and checks the four production fixtures once: each
 * production hash or check costs a fifth of a second of CPU (decision 0098).
 */
class PasswordHasherTest {
  private static final String PASSWORD = "비밀번호 correct horse battery staple";
  private static final PasswordHasher CHEAP = new PasswordHasher(new PasswordHasher.Cost(256, 1));
  private static String strongHash = "";

  @BeforeAll
  static void hashOnceAtProductionCost() {
    strongHash = new PasswordHasher().hash(PASSWORD);
  }

  @Test
  void production_hashes_with_argon2id_at_19_mib_and_two_passes() {
    assertThat(PasswordHasher.PRODUCTION).isEqualTo(new PasswordHasher.Cost(19456, 2));

    // 16 bytes of salt and 32 of hash, in unpadded Base64: 22 and 43 characters.
    assertThat(strongHash)
        .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    assertThat(new PasswordHasher().matches(PASSWORD, strongHash)).isTrue();
    assertThat(new PasswordHasher().matches(PASSWORD + " ", strongHash)).isFalse();
  }

  @Test
  void hashes_that_password4j_wrote_still_verify_in_every_script() throws IOException {
    List<String[]> fixtures = password4jFixtures();
    assertThat(fixtures).hasSize(9);
    for (String[] fixture : fixtures) {
      String password = fixture[0];
      String hash = fixture[1];
      assertThat(CHEAP.matches(password, hash)).as(password).isTrue();
      if (!hash.contains("m=19456")) { // a wrong password costs another check: cheap ones only
        assertThat(CHEAP.matches(password + "x", hash)).as(password).isFalse();
        assertThat(CHEAP.matches(password.substring(1), hash)).as(password).isFalse();
      }
    }
    assertThat(fixtures.stream().filter(f -> f[1].contains("m=19456"))).hasSize(4);
  }

  @Test
  void a_hash_is_checked_at_its_own_cost_whatever_the_hasher_hashes_with() {
    String cheapHash = CHEAP.hash(PASSWORD);

    assertThat(cheapHash).startsWith("$argon2id$v=19$m=256,t=1,p=1$");
    assertThat(new PasswordHasher().matches(PASSWORD, cheapHash)).isTrue();
    assertThat(CHEAP.matches(PASSWORD, strongHash)).isTrue();
    assertThat(CHEAP.matches("wrong", cheapHash)).isFalse();
  }

  @Test
  void each_hash_has_its_own_salt_and_a_changed_character_fails() {
    String one = CHEAP.hash("كلمة السر");
    String two = CHEAP.hash("كلمة السر");
    assertThat(one).isNotEqualTo(two);
    assertThat(CHEAP.matches("كلمة السر", one)).isTrue();
    assertThat(CHEAP.matches("كلمة السر", two)).isTrue();

    // The last character of the hash, then of the salt, changed: no longer the same hash.
    String hashChanged = flipLast(one);
    String saltPart = one.substring(0, one.lastIndexOf('$'));
    String saltChanged = flipLast(saltPart) + one.substring(one.lastIndexOf('$'));
    assertThat(CHEAP.matches("كلمة السر", hashChanged)).isFalse();
    assertThat(CHEAP.matches("كلمة السر", saltChanged)).isFalse();
    // The same hash at another cost is another hash.
    assertThat(CHEAP.matches("كلمة السر", one.replace("t=1", "t=2"))).isFalse();
  }

  @Test
  void an_empty_password_never_matches() {
    assertThat(CHEAP.matches("", CHEAP.hash(""))).isFalse();
    assertThat(CHEAP.matches("", CHEAP.hash("Ωmega"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not a hash",
        "$argon2id$",
        "$argon2id$v=19$m=256,t=1,p=1$",
        "argon2id$v=19$m=256,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2x$v=19$m=256,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=18$m=256,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$m=256,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=19$t=1,m=256,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=19$m=256,t=0,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=19$m=4,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=19$m=99999999,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=19$m=256,t=1,p=99$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=19$m=٢٥٦,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=19$m=-256,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=19$m=256,t=1,p=1$Z3eZ*JvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=19$m=256,t=1,p=1$Z3eZ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI",
        "$argon2id$v=19$m=256,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKz",
        "$argon2id$v=19$m=256,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI$",
        "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
      })
  void a_string_that_is_not_an_argon2_hash_within_bounds_matches_nothing(String phc) {
    assertThat(CHEAP.matches("비밀번호 correct horse battery staple", phc)).isFalse();
  }

  @Test
  void the_well_formed_twin_of_those_strings_matches() {
    // The fixture the malformed strings above were made from: they fail for their damage alone.
    assertThat(
            CHEAP.matches(
                "비밀번호 correct horse battery staple",
                "$argon2id$v=19$m=256,t=1,p=1$Z3eZJvBPFrqrheY3obMTWQ"
                    + "$1DKzYXtap6O7ckhXcCxkl0h1dAQpVGrrQGvljaV66BI"))
        .isTrue();
  }

  @Test
  void a_cost_below_argon2s_minimum_is_refused() {
    assertThatThrownBy(() -> new PasswordHasher.Cost(4, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PasswordHasher.Cost(256, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The last Base64 character with its highest bit flipped ('A' is 0, 'w' 48): the last character
   * of unpadded Base64 holds only its high bits, which a decoder must read.
   */
  private static String flipLast(String s) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    char last = s.charAt(s.length() - 1);
    return s.substring(0, s.length() - 1) + (alphabet.indexOf(last) < 32 ? 'w' : 'A');
  }

  private static List<String[]> password4jFixtures() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            PasswordHasherTest.class.getResourceAsStream(
                "/fixtures/passwords/password4j-argon2id.tsv"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .map(line -> line.split("\t", -1))
          .toList();
    }
  }
}
