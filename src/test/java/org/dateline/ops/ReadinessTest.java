package org.dateline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Readiness: the store answers, migrations applied, followers within the bound, not stopping. */
class ReadinessTest {
  @Test
  void a_follower_further_behind_than_the_bound_makes_the_server_not_ready() {
    AtomicLong head = new AtomicLong(5000);
    AtomicLong follower = new AtomicLong(5000 - Readiness.MAX_LAG);
    Readiness readiness = new Readiness(head::get, true);
    readiness.follow(new Readiness.Follower("search", follower::get));
    assertThat(readiness.check().ready()).isTrue();
    head.incrementAndGet();
    Readiness.Report behind = readiness.check();
    assertThat(behind.ready()).isFalse();
    assertThat(behind.checks())
        .contains(new Readiness.Check("follower search", false, "1001 entries behind"));
  }

  @Test
  void a_follower_that_does_not_gate_is_measured_but_never_makes_the_server_unready() {
    Readiness readiness = new Readiness(() -> 5000, true);
    readiness.follow(new Readiness.Follower("cdn-purge", () -> 0, false));
    assertThat(readiness.check().ready()).isTrue();
    assertThat(readiness.followers()).extracting(Readiness.Follower::name).contains("cdn-purge");
  }

  @Test
  void an_unreachable_store_makes_the_server_not_ready() {
    Readiness readiness =
        new Readiness(
            () -> {
              throw new IllegalStateException("database is locked");
            },
            true);
    Readiness.Report report = readiness.check();
    assertThat(report.ready()).isFalse();
    assertThat(report.checks())
        .contains(new Readiness.Check("store", false, "unreachable: IllegalStateException"));
  }
}
