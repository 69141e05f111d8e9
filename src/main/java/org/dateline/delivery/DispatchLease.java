package org.dateline.delivery;

import java.util.concurrent.TimeUnit;
import org.dateline.storage.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher's hold on its lease (decision 0067): of several nodes on one store, only the
 * holder fills the outbox and sends, since two dispatchers would both send the same due delivery.
 * The holder renews the lease every two seconds (well within its duration); a node without it tries
 * again on every pass. Called from the dispatcher's thread; {@link #release} from the closing one.
 */
final class DispatchLease {
  static final String NAME = "delivery.dispatcher";

  private static final Logger LOG = LoggerFactory.getLogger(DispatchLease.class);
  private static final long RENEW_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final Lease lease;
  private final Runnable taken;
  private volatile boolean holding;
  private long heldAt;

  /** {@code taken} runs whenever this node comes to hold the lease. */
  DispatchLease(Lease lease, Runnable taken) {
    this.lease = lease;
    this.taken = taken;
  }

  /** Whether this node holds the lease now, taking or renewing it when due. */
  boolean holds() {
    long now = System.nanoTime();
    if (!holding || now - heldAt >= RENEW_NANOS) {
      boolean was = holding;
      holding = lease.hold();
      heldAt = now;
      if (holding && !was) {
        LOG.info("webhook dispatcher holds the lease {}", NAME);
        taken.run();
      }
    }
    return holding;
  }

  /** Gives the lease up, so another node may take over at once rather than when it expires. */
  void release() {
    if (!holding) {
      return;
    }
    try {
      lease.release();
    } catch (RuntimeException e) {
      LOG.warn("could not give up the dispatcher's lease: {}", e.getMessage());
    }
  }
}
