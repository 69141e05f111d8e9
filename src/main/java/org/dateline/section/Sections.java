package org.dateline.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.dateline.shared.Slugs;

/**
 * Facade: the site's sections, in navigation order. Administrators add, rename and reorder them;
 * each change bumps a version that other processes poll, and tells this process's listeners (the
 * public page cache: the navigation changed). Thread-safe.
 */
public final class Sections {
  /** The label of the list of all stories; it is not a section of its own. */
  public static final String ALL_NEWS = "All News";

  /** Longest section name, in characters. */
  public static final int MAX_NAME = 60;

  private final SectionRepository repository;
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
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
   * The section with this name (or, after a rename, its old name), created at the end of the
   * navigation when it does not exist. The label "All News" names no section and gives empty.
   */
  public Optional<Section> ensure(String name) {
    if (name == null || name.isBlank() || isAllNews(name)) {
      return Optional.empty();
    }
    String trimmed = name.strip();
    // A slug never changes, so a story written under a section's old name finds it renamed.
    Optional<Section> existing =
        repository.byName(trimmed).or(() -> repository.bySlug(Slugs.of(trimmed)));
    if (existing.isPresent()) {
      return existing;
    }
    Section created = repository.create(Slugs.of(trimmed), trimmed, all().size());
    cache = null;
    return Optional.of(created);
  }

  /**
   * Adds a section at the end of the navigation; its slug (address) comes from the name and never
   * changes.
   */
  public synchronized Section add(String name) {
    String clean = checkName(name, Optional.empty());
    Section created = repository.create(uniqueSlug(clean), clean, repository.all().size());
    changed();
    return created;
  }

  /** Renames a section; its address stays the same, so links to it keep working. */
  public synchronized Section rename(long id, String name) {
    Section section = byId(id);
    String clean = checkName(name, Optional.of(id));
    if (!clean.equals(section.name())) {
      repository.rename(id, clean);
      changed();
    }
    return byId(id);
  }

  /**
   * Moves a section one place earlier (by -1) or later (by +1) in the navigation; nothing happens
   * at either end.
   */
  public synchronized void move(long id, int by) {
    List<Section> ordered = new ArrayList<>(repository.all());
    int from = ordered.indexOf(byId(id));
    int to = from + by;
    if (to < 0 || to >= ordered.size()) {
      return;
    }
    ordered.set(from, ordered.get(to));
    ordered.set(to, byId(id));
    repository.reorder(ordered.stream().map(Section::id).toList());
    changed();
  }

  /** A number that grows with every change of the sections, made by any process. */
  public long version() {
    return repository.version();
  }

  /** Hears the new version after each change made through this facade. */
  public void onChange(LongConsumer listener) {
    listeners.add(listener);
  }

  private Section byId(long id) {
    return repository.all().stream()
        .filter(s -> s.id() == id)
        .findFirst()
        .orElseThrow(() -> new SectionRefused("There is no such section."));
  }

  private String checkName(String name, Optional<Long> self) {
    String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    if (clean.isEmpty()) {
      throw new SectionRefused("Please give the section a name.");
    }
    if (clean.codePointCount(0, clean.length()) > MAX_NAME) {
      throw new SectionRefused("A section name may have at most " + MAX_NAME + " characters.");
    }
    if (isAllNews(clean)) {
      throw new SectionRefused(
          "\"" + ALL_NEWS + "\" is the list of every story; choose another name.");
    }
    for (Section s : repository.all()) {
      if (s.name().equalsIgnoreCase(clean) && !self.equals(Optional.of(s.id()))) {
        throw new SectionRefused("There is already a section called \"" + s.name() + "\".");
      }
    }
    return clean;
  }

  /**
   * The name's slug, or "section" for a name without Latin letters or digits, made unique with -2,
   * -3...
   */
  private String uniqueSlug(String name) {
    String base = name.matches(".*[A-Za-z0-9].*") ? Slugs.of(name) : "section";
    String slug = base;
    for (int n = 2; repository.bySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private void changed() {
    cache = null;
    long version = repository.version();
    listeners.forEach(l -> l.accept(version));
  }

  public static boolean isAllNews(String label) {
    return label.strip().toLowerCase(Locale.ROOT).equals(ALL_NEWS.toLowerCase(Locale.ROOT));
  }
}
