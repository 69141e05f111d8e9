package org.dateline.article;

import java.time.Instant;
import java.util.Optional;
import org.dateline.changelog.ChangeAction;

/**
 * One published version of a story as it stood after a change: the whole public record, what
 * happened ({@code action}), when it was committed ({@code at}), and an editor's note (a kill's
 * reason). Kept forever so the wire can serve any earlier version and send each webhook with the
 * item at its own version.
 */
public record ArticleVersion(
    Article article, ChangeAction action, Instant at, Optional<String> note) {

  public int version() {
    return article.version();
  }
}
