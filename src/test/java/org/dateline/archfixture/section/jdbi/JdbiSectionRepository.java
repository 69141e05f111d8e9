package org.dateline.archfixture.section.jdbi;

import java.util.List;
import org.dateline.archfixture.section.SectionRepository;
import org.jdbi.v3.core.Jdbi;

/** Sections in {@code sections}, which this adapter writes and so owns (fixture, allowed). */
final class JdbiSectionRepository implements SectionRepository {
  private final Jdbi jdbi;

  JdbiSectionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<String> names() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT name FROM sections ORDER BY position")
                .mapTo(String.class)
                .list());
  }

  @Override
  public void add(String name) {
    jdbi.useHandle(
        h ->
            h.createUpdate("INSERT INTO sections(name) VALUES (:name)")
                .bind("name", name)
                .execute());
  }
}
