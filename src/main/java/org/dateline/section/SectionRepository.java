package org.dateline.section;

import java.util.List;
import java.util.Optional;

/** Port: where sections are kept. */
public interface SectionRepository {
  List<Section> all();

  Optional<Section> bySlug(String slug);

  Optional<Section> byName(String name);

  /** Stores a new section and bumps the version. */
  Section create(String slug, String name, int position, Section.Visibility visibility);

  /** Sets where a section shows and bumps the version. */
  void setVisibility(long id, Section.Visibility visibility);

  /**
   * Shows a {@link Section.Visibility#NEW} section in the navigation and bumps the version, in the
   * caller's transaction; false (and nothing written) when it is not new.
   */
  boolean showIfNew(long id);

  /** Renames a section (its slug, and so its address, stays) and bumps the version. */
  void rename(long id, String name);

  /** Gives the sections positions 0, 1, ... in this order and bumps the version. */
  void reorder(List<Long> idsInOrder);

  /** A number that grows with every change of the sections, made by any process. */
  long version();
}
