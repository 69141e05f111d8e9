package org.dateline.ingest.jdbi;

import org.dateline.ingest.IncomingRepository;
import org.dateline.ingest.ProviderRepository;
import org.dateline.ingest.RuleRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * The one public class of this adapter: hands the composition root the ingest feature's ports; the
 * implementations stay package-private.
 */
public final class IngestTables {
  private IngestTables() {}

  /** The providers, their state and log, over {@code jdbi}. */
  public static ProviderRepository providers(Jdbi jdbi) {
    return new JdbiProviderRepository(jdbi);
  }

  /** The routing rules and their matches over {@code jdbi}. */
  public static RuleRepository rules(Jdbi jdbi) {
    return new JdbiRuleRepository(jdbi);
  }

  /** The incoming items over {@code jdbi}. */
  public static IncomingRepository incoming(Jdbi jdbi) {
    return new JdbiIncomingRepository(jdbi);
  }
}
