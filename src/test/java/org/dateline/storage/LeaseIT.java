package org.dateline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.testing.MutableClock;
import org.dateline.testing.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lease that makes one node of several run a job (decision 0051), on this run's store, with
 * each node's own connection pool on it.
 */
class LeaseIT {
  private static final Duration TERM = Duration.ofSeconds(10);

  @TempDir Path data;
  private Database nodeA;
  private Database nodeB;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));

  @BeforeEach
  void open() {
    nodeA = TestStore.open(data);
    nodeB = TestStore.open(data);
  }

  @AfterEach
  void close() {
    nodeA.close();
    nodeB.close();
  }

  @Test
  void of_two_nodes_taking_a_free_lease_at_the_same_moment_exactly_one_holds_it() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        // Given a lease no one holds, wanted by two nodes
        String name = "job-" + round;
        Lease a = new Lease(nodeA.jdbi(), name, "node-a", TERM, clock);
        Lease b = new Lease(nodeB.jdbi(), name, "node-b", TERM, clock);
        CyclicBarrier together = new CyclicBarrier(2);

        // When both take it at once
        List<Future<Boolean>> taken = new ArrayList<>();
        for (Lease lease : List.of(a, b)) {
          taken.add(
              pool.submit(
                  () -> {
                    together.await();
                    return lease.hold();
                  }));
        }

        // Then exactly one holds it
        int holders = 0;
        for (Future<Boolean> f : taken) {
          holders += f.get() ? 1 : 0;
        }
        assertThat(holders).as("holders of %s", name).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_holder_keeps_its_lease_by_renewing_it_and_another_node_takes_it_once_it_expired() {
    Lease a = new Lease(nodeA.jdbi(), "scheduler", "node-a", TERM, clock);
    Lease b = new Lease(nodeB.jdbi(), "scheduler", "node-b", TERM, clock);
    // Given node A holds the lease and renews it before it ends
    assertThat(a.hold()).isTrue();
    clock.advance(Duration.ofSeconds(8));
    assertThat(a.hold()).isTrue();
    clock.advance(Duration.ofSeconds(8));
    // Then node B cannot take it, though the first term has passed
    assertThat(b.hold()).isFalse();

    // When node A stops renewing (it died) and its last term ends
    clock.advance(TERM.plusMillis(1));

    // Then node B takes the lease over, and node A, back, does not get it
    assertThat(b.hold()).isTrue();
    assertThat(a.hold()).isFalse();
  }

  @Test
  void a_released_lease_is_free_at_once() {
    Lease a = new Lease(nodeA.jdbi(), "scheduler", "node-a", TERM, clock);
    Lease b = new Lease(nodeB.jdbi(), "scheduler", "node-b", TERM, clock);
    assertThat(a.hold()).isTrue();
    b.release(); // not its lease: nothing happens
    assertThat(b.hold()).isFalse();

    a.release();

    assertThat(b.hold()).isTrue();
  }
}
