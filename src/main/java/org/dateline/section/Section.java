package org.dateline.section;

import java.util.Locale;

/**
 * A named, ordered list of stories (National, North Korea, Sports...), and where it shows (decision
 * 0073).
 */
public record Section(long id, String slug, String name, int position, Visibility visibility) {

  /** A section shown in the navigation (what every section was before visibility existed). */
  public Section(long id, String slug, String name, int position) {
    this(id, slug, name, position, Visibility.SHOWN);
  }

  /**
   * Where a section shows. Every section's pages answer whatever its visibility; only the public
   * navigation and the newsroom's choice for new stories depend on it.
   */
  public enum Visibility {
    /** Added by an administrator: out of the navigation until its first story is published. */
    NEW("New — shown once its first story is published"),
    /** In the public navigation. */
    SHOWN("Shown in the navigation"),
    /** Out of the public navigation; its pages still answer and stories still choose it. */
    HIDDEN("Hidden from the navigation"),
    /** Out of the navigation and of the choice for new stories; its stories keep working. */
    RETIRED("Retired");

    private final String label;

    Visibility(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The visibility named by {@code code}, if any. */
    public static java.util.Optional<Visibility> byCode(String code) {
      for (Visibility v : values()) {
        if (v.code().equals(code)) {
          return java.util.Optional.of(v);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /** Whether the public navigation lists it. */
  public boolean inNavigation() {
    return visibility == Visibility.SHOWN;
  }

  /** Whether a new story may be put in it (an existing story keeps its section whatever). */
  public boolean forNewStories() {
    return visibility != Visibility.RETIRED;
  }
}
