package org.dateline.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.dateline.shared.Slugs;
import org.dateline.shared.Text;
import org.jspecify.annotations.Nullable;

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
  private volatile @Nullable List<Section> cache;
  private volatile @Nullable Map<Long, String> editionCache;

  public Sections(SectionRepository repository) {
    this.repository = repository;
  }

  /** The sections the public navigation lists, in order: shown ones (decision 0073). */
  public List<Section> navigation() {
    return all().stream().filter(Section::inNavigation).toList();
  }

  /** The sections a new story may choose, in order: all but the retired. */
  public List<Section> forNewStories() {
    return all().stream().filter(Section::forNewStories).toList();
  }

  /** All sections in navigation order, whatever their visibility. */
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
    editionCache = null;
  }

  /** The sections of one edition, in navigation order (decision 0068). */
  public List<Section> inEdition(String edition) {
    Map<Long, String> editions = editions();
    return all().stream().filter(s -> edition.equals(editions.get(s.id()))).toList();
  }

  /** The code of the edition the section belongs to. */
  public Optional<String> editionOf(long sectionId) {
    return Optional.ofNullable(editions().get(sectionId));
  }

  private Map<Long, String> editions() {
    Map<Long, String> cached = editionCache;
    if (cached != null && all().stream().allMatch(s -> cached.containsKey(s.id()))) {
      return cached;
    }
    Map<Long, String> read = Map.copyOf(repository.editions());
    editionCache = read;
    return read;
  }

  /**
   * Like {@link #ensure}, a section created when missing is made in the edition of code {@code
   * edition} (the default one when there is none). Only for imports and the demo content.
   */
  public synchronized Optional<Section> ensureIn(String edition, String name) {
    String clean = Text.name(name);
    if (clean.isEmpty() || isAllNews(clean)) {
      return Optional.empty();
    }
    Optional<Section> existing = find(clean);
    if (existing.isPresent()) {
      return existing;
    }
    return Optional.of(addIn(edition, clean));
  }

  /** Adds a section at the end of the navigation of the edition of code {@code edition}. */
  public synchronized Section addIn(String edition, String name) {
    String clean = SectionNames.checked(repository, name, Optional.empty());
    Section created =
        repository.create(
            SectionNames.uniqueSlug(repository, clean), clean, repository.all().size(), edition);
    changed();
    return created;
  }

  public Optional<Section> bySlug(String slug) {
    return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
  }

  /**
   * The existing section with this name (or, after a rename, its old name); empty for no section (a
   * blank name or "All News"). Stories only choose among sections: an unknown name is refused,
   * since only an administrator creates sections ({@link #add}).
   *
   * @throws SectionRefused when no section has this name
   */
  public Optional<Section> resolve(String name) {
    String clean = Text.name(name);
    if (clean.isEmpty() || isAllNews(clean)) {
      return Optional.empty();
    }
    return Optional.of(
        find(clean).orElseThrow(() -> new SectionRefused(refusal(clean).orElseThrow())));
  }

  /**
   * Why a story may not name this section (no section has this name), or empty when it may: a blank
   * name, "All News" or an existing section.
   */
  public Optional<String> refusal(String name) {
    String clean = Text.name(name);
    if (clean.isEmpty() || isAllNews(clean) || find(clean).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        "There is no section called \""
            + clean
            + "\". Choose one from the list; only an administrator can add a section.");
  }

  /**
   * Like {@link #resolve}, but a section that does not exist is created at the end of the
   * navigation under the same rules as {@link #add}. Only for imports and the demo content, which
   * an operator runs and which publish at once (decision 0011); never for the newsroom.
   */
  public synchronized Optional<Section> ensure(String name) {
    String clean = Text.name(name);
    if (clean.isEmpty() || isAllNews(clean)) {
      return Optional.empty();
    }
    Optional<Section> existing = find(clean);
    if (existing.isPresent()) {
      return existing;
    }
    // An import or the demo publishes into it at once: shown from the start.
    return Optional.of(create(clean, Section.Visibility.SHOWN));
  }

  /** By name, by the same name in another case or form, or by a renamed section's old name. */
  private Optional<Section> find(String name) {
    String key = Text.key(name);
    // A slug never changes, so a story written under a section's old name finds it renamed.
    String slug = Slugs.orEmpty(name);
    return all().stream()
        .filter(s -> Text.key(s.name()).equals(key))
        .findFirst()
        .or(() -> all().stream().filter(s -> !slug.isEmpty() && s.slug().equals(slug)).findFirst())
        .or(() -> repository.byName(name));
  }

  /**
   * Adds a section at the end of the navigation; its slug (address) comes from the name and never
   * changes. It stays out of the public navigation until its first story is published ({@link
   * Section.Visibility#NEW}).
   */
  public synchronized Section add(String name) {
    return create(name, Section.Visibility.NEW);
  }

  private Section create(String name, Section.Visibility visibility) {
    String clean = SectionNames.checked(repository, name, Optional.empty());
    Section created =
        repository.create(
            SectionNames.uniqueSlug(repository, clean), clean, repository.all().size(), visibility);
    changed();
    return created;
  }

  /**
   * Sets where a section shows: in the navigation, hidden from it, or retired (also out of the
   * choice for new stories). Its pages and stories keep working whatever the choice.
   */
  public synchronized Section setVisibility(long id, Section.Visibility visibility) {
    Section section = byId(id);
    if (section.visibility() != visibility) {
      repository.setVisibility(id, visibility);
      changed();
    }
    return byId(id);
  }

  /**
   * A story was made public in this section: a new section joins the navigation now. Called in the
   * publishing transaction; the bumped version reaches the page caches after its commit (the change
   * log's catch-up reads it), so no listener is told before the commit. Not synchronized: it runs
   * inside a write transaction, which {@link #add} waits for while holding this monitor.
   */
  public void published(long sectionId) {
    boolean isNew =
        all().stream()
            .anyMatch(s -> s.id() == sectionId && s.visibility() == Section.Visibility.NEW);
    if (isNew && repository.showIfNew(sectionId)) {
      cache = null;
    }
  }

  /** Renames a section; its address stays the same, so links to it keep working. */
  public synchronized Section rename(long id, String name) {
    Section section = byId(id);
    String clean = SectionNames.checked(repository, name, Optional.of(id));
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

  private void changed() {
    cache = null;
    editionCache = null;
    long version = repository.version();
    listeners.forEach(l -> l.accept(version));
  }

  public static boolean isAllNews(String label) {
    return Text.key(label).equals(Text.key(ALL_NEWS));
  }
}
