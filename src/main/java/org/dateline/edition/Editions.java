package org.dateline.edition;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Facade: the site's language editions (decision 0068) and the site-wide settings. Exactly one
 * edition is the default, served at {@code /}; the others live under their prefix ({@code /ko/}).
 * Thread-safe; caches the list, which {@link #refresh} forgets (another process may change it).
 * Every change is recorded (who, when, what) and bumps a version that every node's page cache
 * follows (decision 0079); the record and the version are kept by {@code EditionChanges}.
 */
public final class Editions {
  /**
   * The tables a migration fills with first rows: V19 writes the default edition into {@code
   * editions}. A backup restore treats a store holding only these as empty and replaces their rows
   * with the backup's (decision 0071).
   */
  public static final Set<String> SEEDED_BY_MIGRATIONS = Set.of("editions");

  /**
   * First path segments of the site's own routes, which no edition may take as its prefix (an
   * edition at {@code /news/} would hide All News).
   */
  public static final Set<String> RESERVED =
      Set.of(
          "api",
          "archive",
          "article",
          "author",
          "favicon.ico",
          "feed",
          "healthz",
          "ingest",
          "media",
          "metrics",
          "news",
          "newsroom",
          "readyz",
          "robots.txt",
          "search",
          "section",
          "sitemap",
          "sitemaps",
          "static",
          "tag",
          "v",
          "wire");

  /** How many of the latest changes the editions page shows. */
  public static final int RECENT_CHANGES = 20;

  private final EditionRepository repository;
  private final EditionChanges recorded;
  private volatile @Nullable List<Edition> cache;

  public Editions(EditionRepository repository) {
    this(repository, Clock.systemUTC());
  }

  public Editions(EditionRepository repository, Clock clock) {
    this.repository = repository;
    this.recorded = new EditionChanges(repository, clock);
  }

  /** Every edition in navigation order. */
  public List<Edition> all() {
    List<Edition> c = cache;
    if (c == null) {
      c = List.copyOf(repository.all());
      cache = c;
    }
    return c;
  }

  /** The default edition, served at {@code /}; the built-in one when the store has none. */
  public Edition current() {
    return all().stream().filter(Edition::isDefault).findFirst().orElse(Edition.DEFAULT);
  }

  /** The edition with this code (case as written in BCP 47, compared without case). */
  public Optional<Edition> byCode(String code) {
    return all().stream().filter(e -> e.code().equalsIgnoreCase(code)).findFirst();
  }

  /** The edition whose pages live under {@code /prefix/}. */
  public Optional<Edition> byPrefix(String prefix) {
    return all().stream().filter(e -> e.prefix().equals(prefix)).findFirst();
  }

  /**
   * The edition served at its own host {@code host} (decision 0087): an edition other than the
   * default one whose host is this one, compared without case; a host written without a port
   * matches the request's host on any port. Follows changes as {@link #all()} does.
   */
  public Optional<Edition> byHost(String host) {
    String asked = host.strip().toLowerCase(java.util.Locale.ROOT);
    int colon = asked.lastIndexOf(':');
    String name = colon > 0 && asked.indexOf(']') < colon ? asked.substring(0, colon) : asked;
    return all().stream()
        .filter(e -> !e.isDefault() && e.host().isPresent())
        .filter(
            e -> {
              String h = e.host().get().toLowerCase(java.util.Locale.ROOT);
              return h.equals(asked) || h.equals(name);
            })
        .findFirst();
  }

  /** The edition a story of this code belongs to: that edition, or the default one. */
  public Edition of(String code) {
    return code == null ? current() : byCode(code).orElseGet(this::current);
  }

  /** Forgets the cached list, so editions changed by another process show up. */
  public void refresh() {
    cache = null;
  }

  /** Stores new site-wide settings and the default edition's fields. */
  public synchronized void change(Edition edition) {
    Edition old = current();
    if (!edition.code().equals(old.code())) {
      throw new EditionRefused(
          "the default edition's language is its code, "
              + old.code()
              + "; add an edition with "
              + edition.code()
              + " and make it the default instead");
    }
    Edition now = withDefault(edition, true);
    repository.saveSite(edition);
    recorded.update(now, "command line", EditionChanges.describe(old, now));
    changed();
  }

  /**
   * Adds an edition, recorded as made by {@code by}.
   *
   * @throws EditionRefused for a code or prefix already taken or reserved
   */
  public synchronized Edition add(Edition edition, String by) {
    if (byCode(edition.code()).isPresent()) {
      throw new EditionRefused("There is already an edition " + edition.code() + ".");
    }
    checkPrefix(edition);
    recorded.add(edition, by);
    changed();
    return byCode(edition.code()).orElseThrow();
  }

  /** Adds an edition made with the command line. */
  public Edition add(Edition edition) {
    return add(edition, "command line");
  }

  /**
   * Changes an edition's fields, recorded as made by {@code by}; its code stays. Making it the
   * default takes the place of the former default; the default cannot be unmade but by making
   * another one the default.
   *
   * @throws EditionRefused for an unknown edition or a prefix already taken or reserved
   */
  public synchronized Edition set(Edition edition, String by) {
    Edition old =
        byCode(edition.code())
            .orElseThrow(() -> new EditionRefused("There is no edition " + edition.code() + "."));
    if (old.isDefault() && !edition.isDefault()) {
      throw new EditionRefused(
          "An edition stops being the default only when another one is made the default.");
    }
    checkPrefix(edition);
    String what = EditionChanges.describe(old, edition);
    if (what.isEmpty()) {
      return old; // nothing changed: nothing to record, no page to drop
    }
    recorded.update(edition, by, what);
    changed();
    return byCode(edition.code()).orElseThrow();
  }

  /** Changes an edition with the command line. */
  public Edition set(Edition edition) {
    return set(edition, "command line");
  }

  /**
   * Adds the edition of a form (the newsroom's page, the command line), recorded as made by {@code
   * by}: the same checks for both (decision 0079).
   *
   * @throws EditionRefused for a value that cannot be an edition's, in one line
   */
  public Edition add(EditionForm form, String by) {
    return add(form.applyTo(form.fresh(current(), all().size())), by);
  }

  /**
   * Changes an edition to the values of a form, recorded as made by {@code by}.
   *
   * @throws EditionRefused for an unknown edition or a value that cannot be an edition's
   */
  public Edition set(EditionForm form, String by) {
    Edition old =
        byCode(form.code())
            .orElseThrow(() -> new EditionRefused("There is no edition " + form.code() + "."));
    return set(form.applyTo(old), by);
  }

  /**
   * Why the form cannot add an edition (the message for the person who typed it), or empty when it
   * can: the checks {@link #add(EditionForm, String)} makes, as a value (decision 0066).
   */
  public Optional<String> refusalToAdd(EditionForm form) {
    try {
      Edition e = form.applyTo(form.fresh(current(), all().size()));
      if (byCode(e.code()).isPresent()) {
        return Optional.of("There is already an edition " + e.code() + ".");
      }
      checkPrefix(e);
      return Optional.empty();
    } catch (EditionRefused refused) {
      return Optional.of(String.valueOf(refused.getMessage()));
    }
  }

  /** Why the form cannot change its edition, or empty when it can (see {@link #refusalToAdd}). */
  public Optional<String> refusalToSet(EditionForm form) {
    Optional<Edition> old = byCode(form.code());
    if (old.isEmpty()) {
      return Optional.of("There is no edition " + form.code() + ".");
    }
    try {
      Edition e = form.applyTo(old.get());
      if (old.get().isDefault() && !e.isDefault()) {
        return Optional.of(
            "An edition stops being the default only when another one is made the default.");
      }
      checkPrefix(e);
      return Optional.empty();
    } catch (EditionRefused refused) {
      return Optional.of(String.valueOf(refused.getMessage()));
    }
  }

  /** The latest changes of the editions, newest first. */
  public List<EditionChange> changes(int limit) {
    return recorded.latest(limit);
  }

  /** A number that grows with every change of the editions, made by any process. */
  public long version() {
    return recorded.version();
  }

  /** Hears the new version after each change made through this facade (the page cache). */
  public void onChange(LongConsumer listener) {
    recorded.onChange(listener);
  }

  private void changed() {
    cache = null;
    recorded.announce();
  }

  private void checkPrefix(Edition edition) {
    if (RESERVED.contains(edition.prefix().toLowerCase(Locale.ROOT))) {
      throw new EditionRefused(
          "The prefix "
              + edition.prefix()
              + " is one of the site's own addresses; choose another.");
    }
    for (Edition other : all()) {
      if (other.prefix().equals(edition.prefix()) && !other.code().equals(edition.code())) {
        throw new EditionRefused(
            "The prefix " + edition.prefix() + " is taken by the edition " + other.code() + ".");
      }
    }
  }

  private static Edition withDefault(Edition e, boolean isDefault) {
    return new Edition(
        e.siteName(),
        e.language(),
        e.zone(),
        e.datePattern(),
        e.feedText(),
        e.name(),
        e.prefix(),
        e.host(),
        e.datelineStyle(),
        e.direction(),
        e.position(),
        isDefault);
  }
}
