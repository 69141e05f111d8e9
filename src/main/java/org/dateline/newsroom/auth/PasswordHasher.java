package org.dateline.newsroom.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in PHC form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, salt and
 * hash in unpadded Base64), at the cost of {@link #PRODUCTION} (OWASP minimum: 19 MiB, 2 passes, 1
 * lane). A hash is checked at the cost written in it, so a store's older or cheaper hashes still
 * verify, among them every hash password4j wrote before decision 0113 (same string, same UTF-8
 * bytes of the password). Thread-safe: nothing is kept between hashes.
 *
 * <p>Bouncy Castle's generator computes the hash; this class only writes and reads the string. Its
 * memory (the cost's whole block) is allocated for one hash and left to the collector after it, and
 * making a hasher allocates nothing and registers nothing with the JVM (decision 0113: password4j's
 * function kept a 19 MiB block from its creation and registered a shutdown hook).
 */
public final class PasswordHasher {
  /** What every running Dateline hashes with: OWASP's minimum for Argon2id. */
  public static final Cost PRODUCTION = new Cost(19456, 2);

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  /**
   * Bounds on what a stored hash may ask for, so that a damaged row cannot make a check allocate
   * gigabytes or spin for minutes: far above any cost Dateline writes.
   */
  private static final int MAX_MEMORY_KIB = 1 << 20;

  private static final int MAX_PASSES = 64;
  private static final int MAX_LANES = 16;
  private static final int MAX_HASH_BYTES = 1024;

  private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder UNBASE64 = Base64.getDecoder();

  private final Cost cost;
  private final SecureRandom random = new SecureRandom();

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
    this.cost = cost;
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    Phc phc = new Phc(Argon2Parameters.ARGON2_id, 19, cost.memoryKib(), cost.passes(), 1, salt);
    return phc.write(phc.derive(password, HASH_BYTES));
  }

  /**
   * A hash at this hasher's cost that no password gives, made without hashing (a random salt and
   * random hash bytes): what a sign-in checks when the account does not exist, so that its refusal
   * costs one hash, as a known account's does, from the first one on (decision 0117).
   */
  public String unmatchable() {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = new byte[HASH_BYTES];
    random.nextBytes(hash);
    return new Phc(Argon2Parameters.ARGON2_id, 19, cost.memoryKib(), cost.passes(), 1, salt)
        .write(hash);
  }

  /**
   * Whether {@code password} gives the hash written in {@code phc} at its own cost, compared in
   * constant time. An empty password never matches (as with password4j), nor does a string that is
   * not an Argon2 PHC hash within the bounds above.
   */
  public boolean matches(String password, String phc) {
    if (password.isEmpty()) {
      return false;
    }
    Phc.Read read;
    try {
      read = Phc.read(phc);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
    byte[] computed = read.phc.derive(password, read.hash.length);
    return MessageDigest.isEqual(computed, read.hash);
  }

  /** Argon2id's memory in KiB and its number of passes (one lane, a 32-byte hash). */
  public record Cost(int memoryKib, int passes) {
    public Cost {
      if (memoryKib < 8 || passes < 1) {
        throw new IllegalArgumentException("no Argon2id cost: " + memoryKib + " KiB, " + passes);
      }
    }
  }

  /** The parameters of one PHC string: type (Bouncy Castle's constant), version, cost, salt. */
  private static final class Phc {
    /** By Bouncy Castle's type constant: ARGON2_d is 0, ARGON2_i 1, ARGON2_id 2. */
    private static final List<String> TYPES = List.of("argon2d", "argon2i", "argon2id");

    private final int type;
    private final int version;
    private final int memoryKib;
    private final int passes;
    private final int lanes;
    private final byte[] salt;

    Phc(int type, int version, int memoryKib, int passes, int lanes, byte[] salt) {
      this.type = type;
      this.version = version;
      this.memoryKib = memoryKib;
      this.passes = passes;
      this.lanes = lanes;
      this.salt = salt;
    }

    /** A stored hash: its parameters and the hash they gave. */
    private static final class Read {
      final Phc phc;
      final byte[] hash;

      Read(Phc phc, byte[] hash) {
        this.phc = phc;
        this.hash = hash;
      }
    }

    byte[] derive(String password, int length) {
      Argon2Parameters parameters =
          new Argon2Parameters.Builder(type)
              .withVersion(version)
              .withMemoryAsKB(memoryKib)
              .withIterations(passes)
              .withParallelism(lanes)
              .withSalt(salt)
              .build();
      // A new generator per hash: it holds the cost's whole memory from init() on.
      Argon2BytesGenerator generator = new Argon2BytesGenerator();
      generator.init(parameters);
      byte[] out = new byte[length];
      generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
      return out;
    }

    String write(byte[] hash) {
      return "$"
          + TYPES.get(type)
          + "$v="
          + version
          + "$m="
          + memoryKib
          + ",t="
          + passes
          + ",p="
          + lanes
          + "$"
          + BASE64.encodeToString(salt)
          + "$"
          + BASE64.encodeToString(hash);
    }

    /**
     * Reads {@code $type$v=V$m=M,t=T,p=P$salt$hash} (as password4j and the reference implementation
     * write it). Throws IllegalArgumentException for anything else.
     */
    static Read read(String phc) {
      String[] parts = phc.split("\\$", -1);
      if (parts.length != 6 || !parts[0].isEmpty()) {
        throw new IllegalArgumentException("not a PHC string");
      }
      int type = TYPES.indexOf(parts[1]);
      if (type < 0) {
        throw new IllegalArgumentException("not an Argon2 hash");
      }
      int version = number(parts[2], "v=", 19);
      if (version != 16 && version != 19) {
        throw new IllegalArgumentException("unknown Argon2 version");
      }
      String[] cost = parts[3].split(",", -1);
      if (cost.length != 3) {
        throw new IllegalArgumentException("not an Argon2 cost");
      }
      int lanes = number(cost[2], "p=", MAX_LANES);
      int memory = number(cost[0], "m=", MAX_MEMORY_KIB);
      int passes = number(cost[1], "t=", MAX_PASSES);
      byte[] salt = UNBASE64.decode(parts[4]);
      byte[] hash = UNBASE64.decode(parts[5]);
      if (memory < 8 * lanes
          || salt.length < 8
          || hash.length < 4
          || hash.length > MAX_HASH_BYTES) {
        throw new IllegalArgumentException("not an Argon2 hash");
      }
      return new Read(new Phc(type, version, memory, passes, lanes, salt), hash);
    }

    private static int number(String field, String name, int max) {
      if (!field.startsWith(name)) {
        throw new IllegalArgumentException("expected " + name);
      }
      String digits = field.substring(name.length());
      if (digits.isEmpty()
          || digits.length() > 9
          || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("not a number: " + name);
      }
      int value = Integer.parseInt(digits);
      if (value < 1 || value > max) {
        throw new IllegalArgumentException("out of bounds: " + name);
      }
      return value;
    }
  }
}
