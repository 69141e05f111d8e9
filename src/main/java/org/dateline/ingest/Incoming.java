package org.dateline.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.dateline.ingest.format.SeedItems;
import org.dateline.storage.Transactions;

/**
 * Facade: partners' feeds onto the incoming desk. Manages providers (add, pause, resume, remove),
 * takes what a source fetched ({@link #receive}), keeps one item per (provider, guid) — a newer
 * version replaces it, an older or identical one is ignored, a canceled one is killed — and keeps
 * each provider's state and log. Thread-safe: state lives in the store.
 */
public final class Incoming {
  /** Largest file or response read from a provider. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** How long an incoming item stays on the desk unless taken. */
  public static final Duration KEEP = Duration.ofDays(2);

  private static final Duration MAX_BACKOFF = Duration.ofHours(1);

  private final ProviderRepository providers;
  private final IncomingRepository items;
  private final Transactions transactions;
  private final ItemVersions versions;
  private final DropReader reader;
  private final GroupCommit commits;
  private final Clock clock;
  private final ProviderManagement management;

  /**
   * {@code routing} routes every version stored, in the transaction that stores it; {@code
   * pictures} fetches a new version's pictures before it is stored.
   */
  public Incoming(
      ProviderRepository providers,
      IncomingRepository items,
      Transactions transactions,
      Supplier<SeedItems> seed,
      Routing routing,
      PictureFetch pictures,
      Clock clock) {
    ItemVersions versions =
        new ItemVersions(providers, items, transactions, routing, pictures, clock);
    this.providers = providers;
    this.items = items;
    this.transactions = transactions;
    this.reader = new DropReader(seed, versions);
    this.versions = versions;
    this.commits = new GroupCommit(transactions);
    this.clock = clock;
    this.management = new ProviderManagement(providers, transactions, clock);
  }

  /** A provider added, with the push key when it has one (shown once, stored hashed). */
  public record Added(Provider provider, Optional<String> pushKey) {}

  /** Adds a provider; refuses a taken name, an unknown format or a bad source. */
  public Added add(ProviderForm form) {
    return management.add(form);
  }

  /** Every provider, by name. */
  public List<Provider> providers() {
    return providers.all();
  }

  /** The provider of that name. */
  public Optional<Provider> provider(String name) {
    return providers.find(name);
  }

  /** Stops fetching a provider's feed until it is resumed. */
  public void pause(String name) {
    management.pause(name);
  }

  /** Fetches a paused provider's feed again. */
  public void resume(String name) {
    management.resume(name);
  }

  /** Removes a provider, its incoming items and its log. */
  public void remove(String name) {
    management.remove(name);
  }

  /** Marks a provider trusted (a rule may publish its items at once) or not. */
  public void trust(String name, boolean trusted) {
    management.trust(name, trusted);
  }

  /**
   * The key of an item's stored version, what a use or a rule's match is once per: its version
   * number, version time and content, so each version the version rule keeps has its own key.
   */
  public static String versionKey(IncomingRepository.Stored row) {
    return row.version()
        + "/"
        + row.versionAt().map(String::valueOf).orElse("-")
        + "/"
        + row.contentHash().substring(0, Math.min(16, row.contentHash().length()));
  }

  /** The push provider whose key this is, if the name and key match (constant time). */
  public Optional<Provider> pushProvider(String name, String key) {
    return management.pushProvider(name, key);
  }

  /** The providers whose feed is due now (not paused, not push, past their next poll). */
  public List<Provider> due() {
    return due(providers.all());
  }

  /** Of these providers, those whose feed is due now. */
  public List<Provider> due(List<Provider> all) {
    Instant now = clock.instant();
    return all.stream()
        .filter(p -> !p.paused() && p.kind() != Provider.SourceKind.PUSH)
        .filter(p -> !p.nextPollAt().isAfter(now))
        .toList();
  }

  /** A file or response of a provider: where it came from (its name or URL) and its bytes. */
  public record Drop(String origin, byte[] bytes) {}

  /**
   * Takes one file or response of a provider: reads it in the provider's format, stores each item
   * by the version rule, logs every refusal with {@code origin} (the file name or URL) and the
   * reason, and records the provider's state, all in one transaction — shared with the files that
   * other threads (pushes) take at the same moment, one commit for all (group commit, decision
   * 0089); it returns once that transaction committed. A file that is not in the format at all is
   * refused whole and counts as a failure.
   */
  public Received receive(Provider provider, String origin, byte[] bytes) {
    DropReader.Read read = reader.read(provider, new Drop(origin, bytes));
    return commits.run(() -> store(provider, read));
  }

  /**
   * Takes several files of one provider, as {@link #receive} takes each: every file is read and its
   * pictures fetched first, outside any transaction and on every core (decision 0089), then all are
   * stored in one transaction — one commit for the lot, which is what bounds a burst of files
   * (decision 0086). If that transaction fails, each file is stored in its own, so one bad file
   * keeps no other out.
   */
  public List<Received> receiveAll(Provider provider, List<Drop> drops) {
    List<DropReader.Read> read = reader.readAll(provider, drops);
    if (read.size() > 1) {
      try {
        return transactions.inTransaction(
            () -> read.stream().map(r -> store(provider, r)).toList());
      } catch (RuntimeException e) {
        // one file failed the lot: each in its own transaction, the failing one fails alone
      }
    }
    List<Received> out = new ArrayList<>();
    for (DropReader.Read r : read) {
      out.add(transactions.inTransaction(() -> store(provider, r)));
    }
    return out;
  }

  private Received store(Provider provider, DropReader.Read read) {
    Instant now = clock.instant();
    if (read.refusal().isPresent()) {
      String line = read.refusal().get();
      if (provider.kind() == Provider.SourceKind.URL) {
        fail(provider, line); // the feed itself is broken: back off
      } else {
        refused(provider, line);
      }
      return new Received(0, 0, 0, 0, List.of(line), true);
    }
    int added = 0;
    int updated = 0;
    int killed = 0;
    int ignored = 0;
    for (ItemVersions.Ready item : read.items()) {
      switch (versions.store(provider, item, now)) {
        case ADDED -> added++;
        case UPDATED -> updated++;
        case KILLED -> killed++;
        case IGNORED -> ignored++;
      }
    }
    List<String> refused = new ArrayList<>();
    for (String line : read.refused()) {
      refused.add(read.origin() + ": " + line);
      providers.log(provider.id(), now, read.origin() + ": " + line);
    }
    providers.succeeded(
        provider.id(),
        now,
        day(now),
        added + updated + killed,
        now.plusSeconds(provider.intervalSeconds()));
    return new Received(added, updated, killed, ignored, refused, false);
  }

  /**
   * One file of a folder or a push was refused: logged and shown as the last error, without backoff
   * (a bad file says nothing of the next one).
   */
  public void refused(Provider provider, String line) {
    Instant now = clock.instant();
    providers.failed(provider.id(), now, line, now.plusSeconds(provider.intervalSeconds()), false);
    providers.log(provider.id(), now, line);
  }

  /** A fetch failed (unreachable, an error status, too big): logs it and backs off. */
  public void fail(Provider provider, String reason) {
    Instant now = clock.instant();
    Provider current = providers.find(provider.id()).orElse(provider);
    long wait = (long) provider.intervalSeconds() << Math.min(current.failures() + 1, 12);
    Instant next =
        now.plus(
            Duration.ofSeconds(wait).compareTo(MAX_BACKOFF) > 0
                ? MAX_BACKOFF
                : Duration.ofSeconds(wait));
    providers.failed(provider.id(), now, reason, next, true);
    providers.log(provider.id(), now, reason);
  }

  /** A fetch found nothing new (304): the provider is well; the next fetch after its interval. */
  public void unchanged(Provider provider) {
    Instant now = clock.instant();
    providers.succeeded(
        provider.id(), now, day(now), 0, now.plusSeconds(provider.intervalSeconds()));
  }

  /** Keeps a feed's validators for its next conditional GET. */
  public void validators(Provider provider, String etag, String lastModified) {
    providers.validators(provider.id(), etag, lastModified);
  }

  /** The provider's newest log lines, newest first. */
  public List<String> log(Provider provider, int limit) {
    return providers.log(provider.id(), limit);
  }

  /** The newest incoming items, of one provider or of all. */
  public List<IncomingRow> incoming(Optional<String> provider, int limit) {
    Optional<Long> id = Optional.empty();
    if (provider.isPresent()) {
      id =
          Optional.of(
              providers
                  .find(provider.get())
                  .orElseThrow(() -> ProviderManagement.unknown(provider.get()))
                  .id());
    }
    return items.newest(id, limit);
  }

  private static String day(Instant at) {
    return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
