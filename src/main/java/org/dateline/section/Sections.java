package org.dateline.section;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.shared.Slugs;

/** Facade: the site's sections, in navigation order. */
public final class Sections {
  /** The label of the list of all stories; it is not a section of its own. */
  public static final String ALL_NEWS = "All News";

  private final SectionRepository repository;
  private volatile List<Section> cache;

  public Sections(SectionRepository repository) {
    this.repository = repository;
  }

  /** All sections in navigation order. */
  public List<Section> all() {
    List<Section> c = cache;
    if (c == null) {
      c = List.copyOf(repository.all());
      cache = c;
    }
    return c;
  }

  /** Forgets the cached list, so sections added by another process show up. */
  public void refresh() {
    cache = null;
  }

  public Optional<Section> bySlug(String slug) {
    return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
  }

  /**
   * The section with this name, created at the end of the navigation when it does not exist.
   * The label "All News" names no section and gives empty.
   */
  public Optional<Section> ensure(String name) {
    if (name == null || name.isBlank() || isAllNews(name)) {
      return Optional.empty();
    }
    String trimmed = name.strip();
    Optional<Section> existing = repository.byName(trimmed);
    if (existing.isPresent()) {
      return existing;
    }
    Section created = repository.create(Slugs.of(trimmed), trimmed, all().size());
    cache = null;
    return Optional.of(created);
  }

  public static boolean isAllNews(String label) {
    return label.strip().toLowerCase(Locale.ROOT).equals(ALL_NEWS.toLowerCase(Locale.ROOT));
  }
}
