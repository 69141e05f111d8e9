package org.dateline.newsroom.auth.jdbi;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import org.dateline.newsroom.auth.ThrottleRepository;
import org.dateline.storage.Settings;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in throttle buckets in {@code sign_in_throttle}; the device-cookie key among the {@link
 * Settings}. Portable SQL: the conditional UPDATE that counts an attempt holds the bucket's row
 * until the transaction ends, so on PostgreSQL a concurrent attempt waits and then sees the new
 * count.
 */
final class JdbiThrottleRepository implements ThrottleRepository {
  private static final String DEVICE_KEY = "sign-in.device-key";
  private final Jdbi jdbi;

  JdbiThrottleRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public OptionalInt count(String bucket, Instant now) {
    return jdbi.inTransaction(
        h -> {
          // A success may forget the bucket (delete its row) while this attempt waits for the
          // row's lock: the update then counts nothing although nothing delays the attempt, and it
          // would be evaluated uncounted. It is counted again, in the bucket made afresh (decision
          // 0135, addendum); only a bucket whose next attempt is later refuses.
          for (int look = 0; look < 3; look++) {
            h.createUpdate(
                    """
                    INSERT INTO sign_in_throttle(bucket, failures, last_at, next_at)
                    VALUES (:b, 0, :now, 0) ON CONFLICT (bucket) DO NOTHING
                    """)
                .bind("b", bucket)
                .bind("now", now.toEpochMilli())
                .execute();
            int counted =
                h.createUpdate(
                        """
                        UPDATE sign_in_throttle SET failures = failures + 1, last_at = :now
                        WHERE bucket = :b AND next_at <= :now
                        """)
                    .bind("b", bucket)
                    .bind("now", now.toEpochMilli())
                    .execute();
            if (counted == 1) {
              return OptionalInt.of(
                  h.createQuery("SELECT failures FROM sign_in_throttle WHERE bucket = :b")
                      .bind("b", bucket)
                      .mapTo(Integer.class)
                      .one());
            }
            Optional<Long> next =
                h.createQuery("SELECT next_at FROM sign_in_throttle WHERE bucket = :b")
                    .bind("b", bucket)
                    .mapTo(Long.class)
                    .findOne();
            if (next.isPresent() && next.get() > now.toEpochMilli()) {
              return OptionalInt.empty(); // delayed
            }
            // Not delayed, not counted: the row went (and perhaps came again) meanwhile.
          }
          throw new IllegalStateException("the sign-in bucket vanished three times in a row");
        });
  }

  @Override
  public Optional<Instant> nextAt(String bucket) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT next_at FROM sign_in_throttle WHERE bucket = :b")
                .bind("b", bucket)
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
  }

  @Override
  public void delayUntil(String bucket, Instant next) {
    jdbi.useTransaction(
        h ->
            h.createUpdate("UPDATE sign_in_throttle SET next_at = :next WHERE bucket = :b")
                .bind("next", next.toEpochMilli())
                .bind("b", bucket)
                .execute());
  }

  @Override
  public void forget(String bucket) {
    jdbi.useTransaction(
        h ->
            h.createUpdate("DELETE FROM sign_in_throttle WHERE bucket = :b")
                .bind("b", bucket)
                .execute());
  }

  @Override
  public void uncount(String bucket) {
    jdbi.useTransaction(
        h ->
            h.createUpdate(
                    "UPDATE sign_in_throttle SET failures = failures - 1 WHERE bucket = :b AND failures > 0")
                .bind("b", bucket)
                .execute());
  }

  @Override
  public void forgetIdleSince(Instant cutoff) {
    jdbi.useTransaction(
        h ->
            h.createUpdate("DELETE FROM sign_in_throttle WHERE last_at < :cutoff")
                .bind("cutoff", cutoff.toEpochMilli())
                .execute());
  }

  @Override
  public String deviceKey() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    // Every process that gets here first proposes a key; the first one stored wins.
    return jdbi.inTransaction(
        h -> Settings.putIfAbsent(h, DEVICE_KEY, HexFormat.of().formatHex(bytes)));
  }
}
