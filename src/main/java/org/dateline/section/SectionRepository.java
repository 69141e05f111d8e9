package org.dateline.section;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Port: where sections are kept. */
public interface SectionRepository {
  List<Section> all();

  Optional<Section> bySlug(String slug);

  Optional<Section> byName(String name);

  /**
   * Stores a new section with this visibility in the edition of code {@code edition} (the default
   * one when null or no edition has that code) and bumps the version (decisions 0068, 0073).
   */
  Section create(
      String slug,
      String name,
      int position,
      Section.Visibility visibility,
      @Nullable String edition);

  /** Stores a new section in the default edition and bumps the version. */
  default Section create(String slug, String name, int position, Section.Visibility visibility) {
    return create(slug, name, position, visibility, null);
  }

  /** Stores a new, shown section in the default edition and bumps the version. */
  default Section create(String slug, String name, int position) {
    return create(slug, name, position, Section.Visibility.SHOWN, null);
  }

  /** Sets where a section shows and bumps the version. */
  void setVisibility(long id, Section.Visibility visibility);

  /**
   * Shows a {@link Section.Visibility#NEW} section in the navigation and bumps the version, in the
   * caller's transaction; false (and nothing written) when it is not new.
   */
  boolean showIfNew(long id);

  /**
   * Stores a new, shown section in the edition of code {@code edition} (the default one when no
   * edition has that code) and bumps the version (decision 0068).
   */
  default Section create(String slug, String name, int position, String edition) {
    return create(slug, name, position, Section.Visibility.SHOWN, edition);
  }

  /** The code of the edition of every section, by section id (decision 0068). */
  java.util.Map<Long, String> editions();

  /** Renames a section (its slug, and so its address, stays) and bumps the version. */
  void rename(long id, String name);

  /** Gives the sections positions 0, 1, ... in this order and bumps the version. */
  void reorder(List<Long> idsInOrder);

  /** A number that grows with every change of the sections, made by any process. */
  long version();
}
