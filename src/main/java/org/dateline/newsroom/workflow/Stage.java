package org.dateline.newsroom.workflow;

import java.util.Locale;

/** Where a story stands in the newsroom. */
public enum Stage {
  DRAFT,
  SUBMITTED,
  SCHEDULED,
  EMBARGOED,
  PUBLISHED,
  KILLED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }

  public static Stage ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
