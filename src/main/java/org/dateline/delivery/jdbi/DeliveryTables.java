package org.dateline.delivery.jdbi;

import org.dateline.delivery.DeliveryRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the delivery feature's port; the
 * implementation stays package-private.
 */
public final class DeliveryTables {
  private DeliveryTables() {}

  /** The {@link DeliveryRepository} over {@code jdbi}. */
  public static DeliveryRepository repository(Jdbi jdbi) {
    return new JdbiDeliveryRepository(jdbi);
  }
}
