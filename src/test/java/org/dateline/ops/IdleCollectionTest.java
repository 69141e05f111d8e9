package org.dateline.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * The idle collection's rule (decision 0118): a collection only after the quiet period without a
 * request, and only when the heap's committed size grew since the last one; once per growth.
 */
class IdleCollectionTest {
  private static final long MIB = 1024 * 1024;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T03:00:00Z"));
  private final AtomicLong arrivals = new AtomicLong();
  private final AtomicLong inFlight = new AtomicLong();
  private final FakeHeap heap = new FakeHeap(32 * MIB);
  private final IdleCollection idle =
      new IdleCollection(arrivals::get, inFlight::get, Duration.ofSeconds(10), heap, clock);

  @Test
  void a_grown_heap_is_collected_once_after_the_quiet_period_and_not_again() {
    // Given a sign-in's hash grew the heap while requests arrived,
    arrivals.addAndGet(3);
    heap.committed = 72 * MIB;
    heap.afterCollection = 36 * MIB;
    assertThat(idle.tick()).isFalse();
    // when no request arrives for less than the quiet period, nothing is collected;
    clock.advance(Duration.ofSeconds(9));
    assertThat(idle.tick()).isFalse();
    assertThat(heap.collections).isZero();
    // then once it has passed, one collection,
    clock.advance(Duration.ofSeconds(1));
    assertThat(idle.tick()).isTrue();
    assertThat(heap.collections).isEqualTo(1);
    assertThat(idle.collections()).isEqualTo(1);
    // and no other while the heap stays as the collection left it, however long the quiet lasts.
    for (int i = 0; i < 100; i++) {
      clock.advance(Duration.ofSeconds(1));
      assertThat(idle.tick()).isFalse();
    }
    assertThat(heap.collections).isEqualTo(1);
  }

  @Test
  void a_request_during_the_quiet_period_starts_it_again() {
    heap.committed = 60 * MIB;
    clock.advance(Duration.ofSeconds(8));
    arrivals.incrementAndGet();
    assertThat(idle.tick()).isFalse();
    clock.advance(Duration.ofSeconds(8));
    assertThat(idle.tick()).as("8 s since the last request").isFalse();
    clock.advance(Duration.ofSeconds(2));
    assertThat(idle.tick()).isTrue();
    assertThat(heap.collections).isEqualTo(1);
  }

  @Test
  void an_idle_server_whose_heap_did_not_grow_is_never_collected() {
    for (int i = 0; i < 60; i++) {
      clock.advance(Duration.ofSeconds(1));
      assertThat(idle.tick()).isFalse();
    }
    assertThat(heap.collections).isZero();
  }

  @Test
  void growth_is_measured_from_the_smallest_size_since_the_last_collection() {
    // Given the serial collector shrank the heap on its own (a full collection under load),
    heap.committed = 24 * MIB;
    clock.advance(Duration.ofSeconds(1));
    assertThat(idle.tick()).isFalse();
    // when it then grows, though less than to the size it had at the start,
    heap.committed = 30 * MIB;
    clock.advance(Duration.ofSeconds(10));
    // then that growth is collected.
    assertThat(idle.tick()).isTrue();
  }

  @Test
  void a_collection_that_gives_nothing_back_is_tried_again_only_after_another_quiet_period() {
    // Given a collection that gives nothing back (a sign-in's hash still under way, or
    // -XX:+DisableExplicitGC),
    heap.committed = 50 * MIB;
    heap.afterCollection = 50 * MIB;
    clock.advance(Duration.ofSeconds(10));
    assertThat(idle.tick()).isTrue();
    // when the server stays quiet, it is not tried at every look,
    for (int i = 0; i < 9; i++) {
      clock.advance(Duration.ofSeconds(1));
      assertThat(idle.tick()).isFalse();
    }
    // but again after another quiet period, which now gives the memory back,
    heap.afterCollection = 30 * MIB;
    clock.advance(Duration.ofSeconds(1));
    assertThat(idle.tick()).isTrue();
    assertThat(heap.committed).isEqualTo(30 * MIB);
    // and then no more.
    clock.advance(Duration.ofSeconds(30));
    assertThat(idle.tick()).isFalse();
    assertThat(heap.collections).isEqualTo(2);
  }

  @Test
  void a_collection_during_a_sign_in_slower_than_the_quiet_period_is_followed_by_one_after_it() {
    // Given a sign-in that arrived and hashes for longer than the quiet period (a very busy
    // machine): the collection meets the hash's memory in use and the heap grows,
    arrivals.incrementAndGet();
    heap.committed = 48 * MIB;
    heap.afterCollection = 60 * MIB;
    assertThat(idle.tick()).isFalse();
    clock.advance(Duration.ofSeconds(10));
    assertThat(idle.tick()).isTrue();
    // when the sign-in is answered and the server is then quiet,
    arrivals.incrementAndGet();
    heap.afterCollection = 34 * MIB;
    assertThat(idle.tick()).isFalse();
    clock.advance(Duration.ofSeconds(10));
    // then the heap is collected once more, now without the hash's memory.
    assertThat(idle.tick()).isTrue();
    assertThat(heap.committed).isEqualTo(34 * MIB);
  }

  @Test
  void a_collection_during_slow_requests_that_gave_some_back_is_made_once_more_after_them() {
    // Given four slow sign-ins in flight, silent for longer than the quiet period: the collection
    // gives back some memory but meets their hashes' in use (decision 0141),
    arrivals.addAndGet(4);
    inFlight.set(4);
    heap.committed = 165 * MIB;
    heap.afterCollection = 155 * MIB;
    assertThat(idle.tick()).isFalse();
    clock.advance(Duration.ofSeconds(10));
    assertThat(idle.tick()).isTrue();
    // when they are answered and the server is then quiet, the heap not having grown again,
    arrivals.addAndGet(4);
    inFlight.set(0);
    heap.afterCollection = 40 * MIB;
    assertThat(idle.tick()).isFalse();
    clock.advance(Duration.ofSeconds(10));
    // then it is collected once more, now without the hashes,
    assertThat(idle.tick()).isTrue();
    assertThat(heap.committed).isEqualTo(40 * MIB);
    // and then not again.
    clock.advance(Duration.ofSeconds(60));
    assertThat(idle.tick()).isFalse();
    assertThat(heap.collections).isEqualTo(2);
  }

  @Test
  void a_silent_request_always_in_flight_costs_one_extra_collection_per_growth() {
    // Given a wire long-poll that stays open and silent,
    arrivals.incrementAndGet();
    inFlight.set(1);
    heap.committed = 60 * MIB;
    heap.afterCollection = 40 * MIB;
    assertThat(idle.tick()).isFalse();
    // when the heap grew, it is collected after the quiet period and once more after the next,
    clock.advance(Duration.ofSeconds(10));
    assertThat(idle.tick()).isTrue();
    clock.advance(Duration.ofSeconds(10));
    assertThat(idle.tick()).isTrue();
    // and then not again, however long the poll stays open.
    for (int i = 0; i < 100; i++) {
      clock.advance(Duration.ofSeconds(1));
      assertThat(idle.tick()).isFalse();
    }
    assertThat(heap.collections).isEqualTo(2);
  }

  @Test
  void a_quiet_period_must_be_positive() {
    assertThatThrownBy(
            () -> new IdleCollection(arrivals::get, inFlight::get, Duration.ZERO, heap, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A heap whose committed size the test sets, and that a collection sets to a chosen size. */
  private static final class FakeHeap implements IdleCollection.Heap {
    long committed;
    long afterCollection;
    int collections;

    FakeHeap(long committed) {
      this.committed = committed;
      this.afterCollection = committed;
    }

    @Override
    public long committed() {
      return committed;
    }

    @Override
    public void collect() {
      collections++;
      committed = afterCollection;
    }
  }
}
