package org.dateline.storage;

import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import org.jdbi.v3.core.Jdbi;

/**
 * A named lease in the {@code leases} table (decision 0051): of all the nodes on one store, at most
 * one holds it at a time, so a job guarded by it (publishing scheduled stories, lifting embargoes)
 * runs on one node. The holder renews it by calling {@link #hold} more often than {@link
 * #duration}; when the holder dies, another node's {@code hold} takes it over once it has expired.
 * Each node's clock decides when its lease ends, so the nodes' clocks must agree to well within the
 * duration (NTP). Portable SQL: the conditional UPDATE and the INSERT ... ON CONFLICT DO NOTHING
 * are atomic on SQLite and on PostgreSQL, so of two nodes racing for a free lease exactly one gets
 * it. Thread-safe.
 */
public final class Lease {
  private final Jdbi jdbi;
  private final String name;
  private final String holder;
  private final Duration duration;
  private final Clock clock;

  public Lease(Jdbi jdbi, String name, String holder, Duration duration, Clock clock) {
    this.jdbi = jdbi;
    this.name = name;
    this.holder = holder;
    this.duration = duration;
    this.clock = clock;
  }

  /** A name for this process among the nodes: its host, process id and a random part. */
  public static String nodeName() {
    byte[] random = new byte[4];
    new SecureRandom().nextBytes(random);
    return ManagementFactory.getRuntimeMXBean().getName() + "-" + HexFormat.of().formatHex(random);
  }

  /**
   * Takes the lease when it is free or has expired, or renews it when this node holds it; true when
   * this node holds it now, until {@link #duration} from now.
   */
  public boolean hold() {
    long now = clock.millis();
    long until = now + duration.toMillis();
    return jdbi.inTransaction(
        h -> {
          int renewed =
              h.createUpdate(
                      """
                      UPDATE leases SET holder = :holder, expires_at = :until
                      WHERE name = :name AND (holder = :holder OR expires_at < :now)
                      """)
                  .bind("name", name)
                  .bind("holder", holder)
                  .bind("until", until)
                  .bind("now", now)
                  .execute();
          if (renewed == 1) {
            return true;
          }
          return h.createUpdate(
                      """
                      INSERT INTO leases(name, holder, expires_at) VALUES (:name, :holder, :until)
                      ON CONFLICT (name) DO NOTHING
                      """)
                  .bind("name", name)
                  .bind("holder", holder)
                  .bind("until", until)
                  .execute()
              == 1;
        });
  }

  /** Gives the lease up if this node holds it, so another node may take it at once. */
  public void release() {
    jdbi.useTransaction(
        h ->
            h.createUpdate("DELETE FROM leases WHERE name = :name AND holder = :holder")
                .bind("name", name)
                .bind("holder", holder)
                .execute());
  }

  /** Who holds this lease (when its time has not passed). */
  public String holder() {
    return holder;
  }

  public Duration duration() {
    return duration;
  }
}
