package org.dateline.article;

/** Where a story stands in its life. The newsroom's workflow adds the states before publication. */
public enum ArticleState {
  /** Visible to the public. Updates and corrections keep a story published, with a new version. */
  PUBLISHED,
  /** Sent to subscribers marked embargoed; invisible to the public until the embargo lifts. */
  EMBARGOED,
  /** Withdrawn everywhere; its URL answers 410 Gone. */
  KILLED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static ArticleState ofCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
