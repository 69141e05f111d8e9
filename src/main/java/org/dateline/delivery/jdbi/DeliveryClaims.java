package org.dateline.delivery.jdbi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dateline.delivery.Delivery;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The dispatcher's claims on the attempts it sends (decision 0125), for the repository. */
final class DeliveryClaims {
  private DeliveryClaims() {}

  static List<Delivery> claim(Jdbi jdbi, List<Delivery> deliveries, Instant now, Instant until) {
    if (deliveries.isEmpty()) {
      return List.of();
    }
    // One conditional update per attempt, in one transaction: on PostgreSQL a second dispatcher's
    // update of the same row waits for the first's commit, then finds it no longer due.
    int[] counts =
        jdbi.inTransaction(
            h -> {
              PreparedBatch batch =
                  h.prepareBatch(
                      """
                      UPDATE deliveries SET next_attempt_at = :until
                      WHERE subscriber_id = :sub AND seq = :seq AND round = :round
                        AND state = 'pending' AND next_attempt_at <= :now
                      """);
              for (Delivery d : deliveries) {
                batch
                    .bind("until", until.toEpochMilli())
                    .bind("now", now.toEpochMilli())
                    .bind("sub", d.subscriberId())
                    .bind("seq", d.seq())
                    .bind("round", d.round())
                    .add();
              }
              return batch.execute();
            });
    List<Delivery> claimed = new ArrayList<>();
    for (int i = 0; i < deliveries.size(); i++) {
      if (counts[i] == 1) {
        claimed.add(deliveries.get(i));
      }
    }
    return claimed;
  }
}
