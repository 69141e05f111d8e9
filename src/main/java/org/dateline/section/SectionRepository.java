package org.dateline.section;

import java.util.List;
import java.util.Optional;

/** Port: where sections are kept. */
public interface SectionRepository {
  List<Section> all();

  Optional<Section> bySlug(String slug);

  Optional<Section> byName(String name);

  /** Stores a new section in the default edition and bumps the version. */
  Section create(String slug, String name, int position);

  /**
   * Stores a new section in the edition of code {@code edition} (the default one when no edition
   * has that code) and bumps the version (decision 0068).
   */
  Section create(String slug, String name, int position, String edition);

  /** The code of the edition of every section, by section id (decision 0068). */
  java.util.Map<Long, String> editions();

  /** Renames a section (its slug, and so its address, stays) and bumps the version. */
  void rename(long id, String name);

  /** Gives the sections positions 0, 1, ... in this order and bumps the version. */
  void reorder(List<Long> idsInOrder);

  /** A number that grows with every change of the sections, made by any process. */
  long version();
}
