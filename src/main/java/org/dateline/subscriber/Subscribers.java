package org.dateline.subscriber;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.dateline.changelog.ChangeLog;
import org.dateline.edition.Edition;
import org.dateline.edition.Editions;
import org.dateline.section.Section;
import org.dateline.section.Sections;
import org.dateline.shared.Text;

/**
 * Facade of the subscriber feature: admins add, edit, pause, resume, rotate and revoke subscribers;
 * the wire authenticates a key (from memory: a map by key hash, refreshed on every change here and
 * polled for other processes), admits it under its rate limit and counts it (in memory, flushed in
 * batches). Thread-safe.
 */
public final class Subscribers {
  private final SubscriberRepository repository;
  private final Sections sections;
  private final Editions editions;
  private final ChangeLog changeLog;
  private final SigningSecrets secrets;
  private final Clock clock;
  private final RateLimits limits;
  private final UsageCounts usage;
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
  private volatile Known known = new Known(-1, Map.of());

  /** The keys in memory: by their visible prefix, each with its hash. */
  private record Known(long version, Map<String, List<Map.Entry<String, Subscriber>>> byPrefix) {}

  public Subscribers(
      SubscriberRepository repository,
      Sections sections,
      Editions editions,
      ChangeLog changeLog,
      SigningSecrets secrets,
      Clock clock) {
    this.repository = repository;
    this.sections = sections;
    this.editions = editions;
    this.changeLog = changeLog;
    this.secrets = secrets;
    this.clock = clock;
    this.limits = new RateLimits(clock);
    this.usage = new UsageCounts(repository, clock);
  }

  /** Adds a subscriber; its key and webhook secret are in the answer and nowhere else. */
  public synchronized Issued add(SubscriberForm form) {
    SubscriberForm checked = resolved(form);
    if (repository.byName(checked.name()).isPresent()) {
      throw new SubscriberRefused(
          "There is already a subscriber named \"" + checked.name() + "\".");
    }
    String key = ApiKeys.generate();
    long id =
        repository.insert(
            checked,
            ApiKeys.prefix(key),
            ApiKeys.hash(key),
            changeLog.latestSeq(),
            clock.instant());
    Subscriber s = repository.byId(id).orElseThrow();
    changed(id);
    return new Issued(s, key, secret(s));
  }

  /** Changes what a subscriber receives and where; its key stays. */
  public synchronized Subscriber update(long id, SubscriberForm form) {
    Subscriber old = existing(id);
    SubscriberForm checked = resolved(form);
    repository
        .byName(checked.name())
        .filter(other -> other.id() != id)
        .ifPresent(
            other -> {
              throw new SubscriberRefused(
                  "There is already a subscriber named \"" + checked.name() + "\".");
            });
    repository.update(old.id(), checked, clock.instant());
    limits.forget(id);
    changed(id);
    return existing(id);
  }

  /** Stops webhooks to the subscriber until {@link #resume}; the pull API stays open. */
  public synchronized Subscriber pause(long id, String reason) {
    Subscriber s = existing(id);
    if (s.state() == SubscriberState.ACTIVE) {
      repository.setState(
          id, SubscriberState.PAUSED, Optional.of(Text.line(reason)), clock.instant());
      changed(id);
    }
    return existing(id);
  }

  /** Sends webhooks again, starting with what waited in its queue. */
  public synchronized Subscriber resume(long id) {
    Subscriber s = existing(id);
    if (s.state() == SubscriberState.PAUSED) {
      repository.setState(id, SubscriberState.ACTIVE, Optional.empty(), clock.instant());
      changed(id);
    }
    return existing(id);
  }

  /** Refuses the subscriber's key from now on and delivers nothing more to it. */
  public synchronized Subscriber revoke(long id) {
    existing(id);
    repository.setState(id, SubscriberState.REVOKED, Optional.empty(), clock.instant());
    changed(id);
    return existing(id);
  }

  /**
   * Issues a new key and webhook secret (the old key is refused at once) and makes the subscriber
   * active, also after a revocation.
   */
  public synchronized Issued rotate(long id) {
    Subscriber s = existing(id);
    String key = ApiKeys.generate();
    repository.setKey(
        id, ApiKeys.prefix(key), ApiKeys.hash(key), s.keyGeneration() + 1, clock.instant());
    limits.forget(id);
    changed(id);
    Subscriber now = existing(id);
    return new Issued(now, key, secret(now));
  }

  public Optional<Subscriber> find(long id) {
    return repository.byId(id);
  }

  public Optional<Subscriber> byName(String name) {
    return repository.byName(Text.name(name));
  }

  public List<Subscriber> all() {
    return repository.all();
  }

  /**
   * The subscriber's editions as it chose them, each followed by {@code (no such edition)} when no
   * edition has that code (a language chosen before editions existed, decision 0078); empty when it
   * chose none (every edition).
   */
  public List<String> editionsOf(Subscriber s) {
    List<String> out = new ArrayList<>();
    for (String code : s.editions()) {
      out.add(editions.byCode(code).map(Edition::code).orElse(code + " (no such edition)"));
    }
    return out;
  }

  /** The subscriber whose key this is, unless it is unknown or revoked. */
  public Optional<Subscriber> authenticate(String key) {
    if (key == null || key.isEmpty() || key.length() > 200) {
      return Optional.empty();
    }
    String hash = ApiKeys.hash(key);
    Known k = known;
    if (k.version() < 0) {
      k = reload();
    }
    // Found by the visible prefix; the secret part decides in a comparison of constant time.
    for (Map.Entry<String, Subscriber> e :
        k.byPrefix().getOrDefault(ApiKeys.prefix(key), List.of())) {
      if (ApiKeys.sameHash(e.getKey(), hash)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** Admits one request of the subscriber under its rate limit, or says after how many seconds. */
  public Optional<Long> admit(Subscriber s) {
    return limits.take(s);
  }

  /** Counts one wire request of the subscriber (in memory until {@link #flushUsage}). */
  public void count(Subscriber s) {
    usage.count(s.id());
  }

  /** Writes the counted requests to the store in one batch. */
  public void flushUsage() {
    usage.flush();
  }

  /** Requests per day over the last {@code days} days (UTC), newest first, stored ones only. */
  public List<Usage> usage(long id, int days) {
    return usage.stored(id, days);
  }

  /** The webhook signing secret of the subscriber's current key generation. */
  public String secret(Subscriber s) {
    return secrets.secret(s.id(), s.keyGeneration());
  }

  /** Re-reads the subscribers when another process changed them (a poller calls this). */
  public void refresh() {
    if (repository.version() != known.version()) {
      reload();
    }
  }

  /** Listeners hear of a changed subscriber's id (in this process, after the change). */
  public void onChange(LongConsumer listener) {
    listeners.add(listener);
  }

  private synchronized Known reload() {
    long version = repository.version();
    Map<String, List<Map.Entry<String, Subscriber>>> byPrefix = new HashMap<>();
    repository
        .byKeyHash()
        .forEach(
            (hash, sub) ->
                byPrefix
                    .computeIfAbsent(sub.keyPrefix(), p -> new ArrayList<>())
                    .add(Map.entry(hash, sub)));
    Known k = new Known(version, Map.copyOf(byPrefix));
    known = k;
    return k;
  }

  private void changed(long id) {
    reload();
    listeners.forEach(l -> l.accept(id));
  }

  private Subscriber existing(long id) {
    return repository
        .byId(id)
        .orElseThrow(() -> new SubscriberRefused("There is no subscriber " + id + "."));
  }

  /**
   * The form with its sections as the slugs of existing sections (given by slug or name) and its
   * editions as the codes of existing editions (given without regard to case).
   */
  private SubscriberForm resolved(SubscriberForm form) {
    List<String> slugs = new ArrayList<>();
    for (String given : form.sections()) {
      Optional<Section> section =
          sections
              .bySlug(given)
              .or(
                  () ->
                      sections.all().stream()
                          .filter(s -> Text.key(s.name()).equals(Text.key(given)))
                          .findFirst());
      slugs.add(
          section
              .orElseThrow(() -> new SubscriberRefused("There is no section \"" + given + "\"."))
              .slug());
    }
    List<String> codes = new ArrayList<>();
    for (String given : form.editions()) {
      codes.add(
          editions
              .byCode(given)
              .map(Edition::code)
              .orElseThrow(() -> new SubscriberRefused("There is no edition \"" + given + "\".")));
    }
    return new SubscriberForm(
        form.name(),
        form.contact(),
        slugs,
        codes,
        form.formats(),
        form.webhookUrl(),
        form.ratePerSecond());
  }
}
