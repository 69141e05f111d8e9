package org.dateline.edition;

import java.util.Optional;

/** Port: where the edition's settings are kept. */
public interface EditionRepository {
  Optional<Edition> load();

  void save(Edition edition);
}
