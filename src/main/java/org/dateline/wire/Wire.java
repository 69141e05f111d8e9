package org.dateline.wire;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleVersion;
import org.dateline.article.ArticleVersionRepository.Facts;
import org.dateline.article.ArticleVersionRepository.VersionKey;
import org.dateline.article.Articles;
import org.dateline.changelog.ChangeAction;
import org.dateline.changelog.ChangeEntry;
import org.dateline.changelog.ChangeLog;
import org.dateline.distribution.Translation;
import org.dateline.distribution.WireItem;
import org.dateline.distribution.WireItems;
import org.dateline.distribution.WireSite;
import org.dateline.distribution.newsmlg2.NewsMlG2Writer;
import org.dateline.distribution.ninjs.NinjsWriter;
import org.dateline.edition.Editions;
import org.dateline.subscriber.Subscriber;

/**
 * Facade of the wire: stories at a version in a format (rendered once per id, version and format,
 * then kept in memory: a published version never changes), and the change log as events after a
 * cursor, filtered by the subscriber, optionally waiting for the next one. Thread-safe.
 */
public final class Wire {
  /** The most change-log entries one request reads while filtering. */
  static final int MAX_SCAN = 2000;

  /** Rendered items kept; past this the cache starts over (items are small and cheap to redo). */
  static final int MAX_RENDERED = 20_000;

  private final Articles articles;
  private final ChangeLog changeLog;
  private final TranslationLinks translations;
  private final WireSite site;
  private final Editions editions;
  private final ChangeSignal signal;
  private final Clock clock;
  private final NinjsWriter ninjs = new NinjsWriter();
  private final NewsMlG2Writer newsml = new NewsMlG2Writer();
  private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

  /** Each story's current version, dropped when the change log names the story. */
  private final Map<Long, Integer> currentVersions = new ConcurrentHashMap<>();

  private long followed = -1;

  public Wire(
      Articles articles,
      ChangeLog changeLog,
      TranslationLinks translations,
      WireSite site,
      Editions editions,
      ChangeSignal signal,
      Clock clock) {
    this.articles = articles;
    this.changeLog = changeLog;
    this.translations = translations;
    this.site = site;
    this.editions = editions;
    this.signal = signal;
    this.clock = clock;
  }

  /** A rendered item: its text, version, and what filters it (section slug, edition code). */
  public record Rendered(String text, int version, String section, String edition) {}

  /** A page of events and the cursor after the last entry read ({@code more}: read on at once). */
  public record Changes(List<WireEvent> events, long next, boolean more) {}

  /** The story's current version, as the subscriber may have it. */
  public Rendered current(Subscriber who, long id, WireFormat format) {
    Integer version = currentVersions.get(id);
    if (version == null) {
      version = story(id).version();
      currentVersions.put(id, version);
    }
    return at(who, id, version, format);
  }

  /**
   * Reads the change log past what this process has seen: forgets the current version of each story
   * it names and wakes waiting long-polls. Called after each commit here and by the poller.
   */
  public synchronized void follow() {
    long latest = changeLog.latestSeq();
    if (followed < 0 || latest - followed > 1000) {
      currentVersions.clear();
    } else if (latest > followed) {
      changeLog.after(followed, 1000).forEach(e -> currentVersions.remove(e.articleId()));
    }
    followed = latest;
    signal.raise(latest);
  }

  /**
   * Forgets the rendered items after the editions changed: an item names its story's address in its
   * edition, which an edition's prefix or host decides (decision 0116).
   */
  public void editionsChanged() {
    rendered.clear();
  }

  /** A published version of the story (current or earlier), as the subscriber may have it. */
  public Rendered at(Subscriber who, long id, int version, WireFormat format) {
    if (!who.takes(format.name())) {
      throw new WireRefused(
          "format_not_allowed", "Your subscription does not include " + format.name() + ".");
    }
    String key = id + "/" + version + "/" + format.key();
    Rendered r = rendered.get(key);
    if (r == null) {
      WireItem item = item(id, version);
      VersionKey versionKey = new VersionKey(id, version);
      Facts facts = articles.versionFacts(Set.of(versionKey)).get(versionKey);
      if (facts == null) {
        throw notFound(id);
      }
      String text =
          format.ninjs().isPresent()
              ? ninjs.write(item, format.ninjs().get())
              : newsml.write(item, format.body().orElseThrow());
      r = new Rendered(text, version, facts.section(), facts.edition());
      if (rendered.size() >= MAX_RENDERED) {
        rendered.clear();
      }
      rendered.put(key, r);
    }
    if (!who.wants(r.section(), r.edition())) {
      throw notFound(id); // outside the subscription: as if it did not exist
    }
    return r;
  }

  /**
   * The story as a wire item at a version: the stored snapshot with the times the wire needs (never
   * in the future: an embargoed story's embargo travels as {@code embargoed}), and a kill's note.
   */
  public WireItem item(long id, int version) {
    if (id <= 0 || version < 1) {
      throw notFound(id);
    }
    ArticleId articleId = new ArticleId(id);
    ArticleVersion v =
        articles
            .version(articleId, version)
            .orElseThrow(
                () ->
                    new WireRefused(
                        "not_found", "Story " + id + " has no published version " + version + "."));
    Instant now = clock.instant();
    Article a = v.article();
    Instant at = v.at().isAfter(now) ? now : v.at();
    Instant versionCreated =
        version == 1 && a.firstPublishedAt().isBefore(at) ? a.firstPublishedAt() : at;
    Instant firstCreated = versionCreated;
    if (a.firstPublishedAt().isBefore(firstCreated)) {
      firstCreated = a.firstPublishedAt();
    }
    Optional<Instant> first = articles.firstVersionAt(articleId);
    if (first.isPresent() && first.get().isBefore(firstCreated)) {
      firstCreated = first.get();
    }
    // A stored version does not carry its story's edition: the story's is its (decision 0068).
    VersionKey key = new VersionKey(id, version);
    Facts facts = articles.versionFacts(Set.of(key)).get(key);
    String edition = facts != null ? facts.edition() : a.edition();
    return WireItems.from(a, site, translation(id))
        .withUrl(url(a.id().value(), a.slug(), edition))
        .at(
            firstCreated,
            versionCreated,
            v.action() == ChangeAction.KILLED ? v.note() : Optional.empty());
  }

  /**
   * The events after {@code after} that are for the subscriber, at most {@code limit}, reading at
   * most {@value #MAX_SCAN} entries; with {@code waitMillis}, waits that long for a first one.
   */
  public Changes changes(Subscriber who, long after, int limit, long waitMillis)
      throws InterruptedException {
    long deadline = System.nanoTime() + waitMillis * 1_000_000L;
    Changes page = read(who, after, limit);
    while (page.events().isEmpty() && !page.more()) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        break;
      }
      signal.awaitBeyond(page.next(), left);
      page = read(who, page.next(), limit);
    }
    return page;
  }

  private Changes read(Subscriber who, long after, int limit) {
    List<WireEvent> out = new ArrayList<>();
    long next = after;
    int scanned = 0;
    while (out.size() < limit && scanned < MAX_SCAN) {
      List<ChangeEntry> entries = changeLog.after(next, Math.min(500, MAX_SCAN - scanned));
      if (entries.isEmpty()) {
        return new Changes(out, next, false);
      }
      Set<VersionKey> keys = new LinkedHashSet<>();
      entries.forEach(e -> keys.add(new VersionKey(e.articleId(), e.version())));
      Map<VersionKey, Facts> facts = articles.versionFacts(keys);
      for (ChangeEntry e : entries) {
        scanned++;
        next = e.seq();
        Facts f = facts.get(new VersionKey(e.articleId(), e.version()));
        if (f != null && who.wants(f.section(), f.edition())) {
          out.add(new WireEvent(e.seq(), e.articleId(), e.action(), e.version(), e.at()));
          if (out.size() == limit) {
            break;
          }
        }
      }
    }
    return new Changes(out, next, next < changeLog.latestSeq());
  }

  /** The events of entries after {@code after} for anyone (the webhook dispatcher filters). */
  public List<WireEvent> eventsAfter(long after, int limit) {
    return changeLog.after(after, limit).stream()
        .map(e -> new WireEvent(e.seq(), e.articleId(), e.action(), e.version(), e.at()))
        .toList();
  }

  /** Section slug, language and edition of each event's version. */
  public Map<VersionKey, Facts> facts(List<WireEvent> events) {
    Set<VersionKey> keys = new LinkedHashSet<>();
    events.forEach(e -> keys.add(new VersionKey(e.storyId(), e.version())));
    return articles.versionFacts(keys);
  }

  public long latestSeq() {
    return changeLog.latestSeq();
  }

  public ChangeSignal signal() {
    return signal;
  }

  /** The ninjs 2 text of a story at a version (what webhooks carry). */
  public String ninjs(long id, int version) {
    String key = id + "/" + version + "/" + WireFormat.NINJS_2.key();
    Rendered r = rendered.get(key);
    return r != null ? r.text() : ninjs.write(item(id, version), WireFormat.NINJS_2.ninjs().get());
  }

  /**
   * The story's translation group and, for a translation of a published story, that story's guid,
   * public URL and language (decision 0078).
   */
  private Optional<Translation> translation(long id) {
    return translations
        .of(id)
        .map(
            link ->
                new Translation(
                    link.group(),
                    link.source()
                        .map(
                            s ->
                                new Translation.Source(
                                    site.articleGuid(s.articleId()),
                                    url(s.articleId(), s.slug(), s.edition()),
                                    s.language()))));
  }

  /**
   * A story's canonical address in its edition (under its prefix, or at its own host), so a
   * subscriber's link answers without a redirect (decision 0116).
   */
  private String url(long articleId, String slug, String edition) {
    return editions.of(edition).articleUrl(site.baseUrl(), articleId, slug);
  }

  private Article story(long id) {
    if (id <= 0) {
      throw notFound(id);
    }
    return articles.find(new ArticleId(id)).orElseThrow(() -> notFound(id));
  }

  private static WireRefused notFound(long id) {
    return new WireRefused("not_found", "There is no story " + id + " on the wire.");
  }
}
