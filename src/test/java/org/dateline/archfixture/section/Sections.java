package org.dateline.archfixture.section;

import java.util.List;

/** The section facade (fixture, allowed). */
public final class Sections {
  private final SectionRepository repository;

  public Sections(SectionRepository repository) {
    this.repository = repository;
  }

  public List<String> names() {
    return repository.names();
  }
}
