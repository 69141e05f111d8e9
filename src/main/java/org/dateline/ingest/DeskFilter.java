package org.dateline.ingest;

import java.util.Optional;
import org.dateline.shared.Text;

/**
 * What the incoming desk shows: of a provider, up to an urgency, in a state, of a routed edition,
 * with words in the headline or text. No state shows every item that has not expired.
 */
public record DeskFilter(
    Optional<String> provider,
    int maxUrgency,
    Optional<IncomingState> state,
    String edition,
    String words) {
  public DeskFilter {
    words = Text.line(words);
    edition = Text.line(edition).toLowerCase(java.util.Locale.ROOT);
    maxUrgency = maxUrgency < 1 || maxUrgency > 9 ? 0 : maxUrgency;
  }

  /** Everything on the desk. */
  public static DeskFilter all() {
    return new DeskFilter(Optional.empty(), 0, Optional.empty(), "", "");
  }
}
