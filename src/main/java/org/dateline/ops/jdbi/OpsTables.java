package org.dateline.ops.jdbi;

import java.util.OptionalLong;
import org.dateline.ops.PurgePosition;
import org.dateline.storage.Settings;
import org.jdbi.v3.core.Jdbi;

/** The ops adapter's entry: the purge follower's position, under {@code ops.purge.position}. */
public final class OpsTables {
  static final String NAME = "ops.purge.position";

  private OpsTables() {}

  public static PurgePosition purgePosition(Jdbi jdbi) {
    return new PurgePosition() {
      @Override
      public OptionalLong load() {
        return jdbi.withHandle(
            h ->
                Settings.get(h, NAME)
                    .map(v -> OptionalLong.of(Long.parseLong(v)))
                    .orElse(OptionalLong.empty()));
      }

      @Override
      public void save(long seq) {
        jdbi.useTransaction(h -> Settings.put(h, NAME, Long.toString(seq)));
      }
    };
  }
}
