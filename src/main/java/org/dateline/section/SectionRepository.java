package org.dateline.section;

import java.util.List;
import java.util.Optional;

/** Port: where sections are kept. */
public interface SectionRepository {
  List<Section> all();

  Optional<Section> bySlug(String slug);

  Optional<Section> byName(String name);

  Section create(String slug, String name, int position);
}
