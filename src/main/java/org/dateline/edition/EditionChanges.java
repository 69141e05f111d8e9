package org.dateline.edition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The recorded changes of the editions for {@link Editions}: each change's row in {@code
 * edition_changes} (who, when, the fields that differ), written by the repository in the same
 * transaction as the change and bumping {@code editions.version}; and the listeners told the new
 * version after each change made here (the page cache, decision 0079). Thread-safe.
 */
final class EditionChanges {
  private final EditionRepository repository;
  private final Clock clock;
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

  EditionChanges(EditionRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** The latest changes, newest first. */
  List<EditionChange> latest(int limit) {
    return repository.changes(limit);
  }

  /** A number that grows with every change of the editions, made by any process. */
  long version() {
    return repository.version();
  }

  void onChange(LongConsumer listener) {
    listeners.add(listener);
  }

  /** Tells every listener the version after a change. */
  void announce() {
    long version = repository.version();
    listeners.forEach(l -> l.accept(version));
  }

  /** Stores a new edition with the record of its adding, in one transaction. */
  void add(Edition edition, String by) {
    repository.add(edition, change(edition.code(), by, "added: " + summary(edition)));
  }

  /** Stores an edition's new fields with the record of {@code what} changed, in one transaction. */
  void update(Edition now, String by, String what) {
    repository.update(now, change(now.code(), by, what));
  }

  /** The record of a change made now by {@code by}; the store numbers it. */
  private EditionChange change(String code, String by, String what) {
    return new EditionChange(code, 0, by, clock.instant(), what);
  }

  /** An edition's fields in one line, as the audit records a new edition. */
  private static String summary(Edition e) {
    return describe(null, e);
  }

  /**
   * The fields that differ, "prefix: ko → kr; zone: …", or every field when {@code old} is null; ""
   * when nothing differs.
   */
  static String describe(@Nullable Edition old, Edition now) {
    List<String> parts = new ArrayList<>();
    field(parts, "name", old == null ? null : old.name(), now.name());
    field(parts, "prefix", old == null ? null : old.prefix(), now.prefix());
    field(parts, "host", old == null ? null : old.host().orElse(""), now.host().orElse(""));
    field(parts, "zone", old == null ? null : old.zone().getId(), now.zone().getId());
    field(parts, "date pattern", old == null ? null : old.datePattern(), now.datePattern());
    field(
        parts,
        "dateline style",
        old == null ? null : old.datelineStyle().pattern(),
        now.datelineStyle().pattern());
    field(
        parts, "direction", old == null ? null : old.direction().label(), now.direction().label());
    field(
        parts,
        "position",
        old == null ? null : Integer.toString(old.position()),
        Integer.toString(now.position()));
    field(
        parts,
        "default",
        old == null ? null : old.isDefault() ? "yes" : "no",
        now.isDefault() ? "yes" : "no");
    if (old != null && !old.siteName().equals(now.siteName())) {
      field(parts, "site name", old.siteName(), now.siteName());
    }
    if (old != null && old.feedText() != now.feedText()) {
      field(parts, "feed content", old.feedText().label(), now.feedText().label());
    }
    return String.join("; ", parts);
  }

  private static void field(List<String> parts, String name, @Nullable String old, String now) {
    if (old == null) {
      parts.add(name + ": " + now);
    } else if (!Objects.equals(old, now)) {
      parts.add(name + ": " + old + " → " + now);
    }
  }
}
