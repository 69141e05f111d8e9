package org.dateline.edition;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Facade: the site's language editions (decision 0068) and the site-wide settings. Exactly one
 * edition is the default, served at {@code /}; the others live under their prefix ({@code /ko/}).
 * Thread-safe; caches the list, which {@link #refresh} forgets (another process may change it).
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

  private final EditionRepository repository;
  private volatile @Nullable List<Edition> cache;

  public Editions(EditionRepository repository) {
    this.repository = repository;
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
    repository.saveSite(edition);
    repository.update(withDefault(edition, true));
    cache = null;
  }

  /**
   * Adds an edition.
   *
   * @throws EditionRefused for a code or prefix already taken or reserved
   */
  public synchronized Edition add(Edition edition) {
    if (byCode(edition.code()).isPresent()) {
      throw new EditionRefused("there is already an edition " + edition.code());
    }
    checkPrefix(edition);
    repository.add(edition);
    cache = null;
    return byCode(edition.code()).orElseThrow();
  }

  /**
   * Changes an edition's fields; its code stays. Making it the default takes the place of the
   * former default; the default cannot be unmade but by making another one the default.
   *
   * @throws EditionRefused for an unknown edition or a prefix already taken or reserved
   */
  public synchronized Edition set(Edition edition) {
    Edition old =
        byCode(edition.code())
            .orElseThrow(() -> new EditionRefused("there is no edition " + edition.code()));
    if (old.isDefault() && !edition.isDefault()) {
      throw new EditionRefused(
          "an edition stops being the default only when another one is made the default");
    }
    checkPrefix(edition);
    repository.update(edition);
    cache = null;
    return byCode(edition.code()).orElseThrow();
  }

  private void checkPrefix(Edition edition) {
    if (RESERVED.contains(edition.prefix().toLowerCase(Locale.ROOT))) {
      throw new EditionRefused(
          "the prefix " + edition.prefix() + " is one of the site's own addresses; choose another");
    }
    for (Edition other : all()) {
      if (other.prefix().equals(edition.prefix()) && !other.code().equals(edition.code())) {
        throw new EditionRefused(
            "the prefix " + edition.prefix() + " is taken by the edition " + other.code());
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
