package org.dateline.distribution;

import java.util.Locale;
import org.dateline.article.ArticleState;

/**
 * Whether subscribers may use a story now, as IPTC's publishing status says it: usable, withheld
 * (embargoed: hold until the embargo time) or canceled (killed: take it down everywhere).
 */
public enum PubStatus {
  USABLE,
  WITHHELD,
  CANCELED;

  /** The IPTC code: {@code usable}, {@code withheld} or {@code canceled}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Published is usable, embargoed is withheld, killed is canceled. */
  public static PubStatus of(ArticleState state) {
    return switch (state) {
      case PUBLISHED -> USABLE;
      case EMBARGOED -> WITHHELD;
      case KILLED -> CANCELED;
    };
  }
}
