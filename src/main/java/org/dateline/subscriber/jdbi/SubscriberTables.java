package org.dateline.subscriber.jdbi;

import org.dateline.subscriber.SubscriberRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the subscriber feature's port;
 * the implementation stays package-private.
 */
public final class SubscriberTables {
  private SubscriberTables() {}

  /** The {@link SubscriberRepository} over {@code jdbi}. */
  public static SubscriberRepository repository(Jdbi jdbi) {
    return new JdbiSubscriberRepository(jdbi);
  }
}
