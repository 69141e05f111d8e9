package org.dateline.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.article.CacheKeys;
import org.dateline.changelog.ChangeEntry;
import org.dateline.changelog.ChangeLog;
import org.dateline.curation.Curation;
import org.dateline.edition.Editions;
import org.dateline.section.Sections;

/**
 * Keeps the {@link PageCache} as fresh as the store, whichever process wrote: reads the change-log
 * entries after the last one it applied and drops the pages of their cache keys; drops the home
 * page when the curation moved, and every page when the sections (the navigation of every page) or
 * the editions (addresses, dates, direction and the site's name; decision 0079) moved. The writing
 * process calls {@link #catchUp} right after its commit; a poller calls it every half second for
 * writes by other processes (an import, a second node). Thread-safe: one catch-up at a time.
 */
public final class CacheFollower {
  /**
   * Further behind than this many entries (a bulk load by another process), dropping every page is
   * cheaper than reading them all.
   */
  static final int MAX_BEHIND = 1000;

  private final PageCache cache;
  private final ChangeLog changeLog;
  private final Curation curation;
  private final Sections sections;
  private final Editions editions;
  private long seq = -1;
  private long editionsVersion = -1;
  private long curationVersion = -1;
  private long sectionsVersion = -1;

  public CacheFollower(
      PageCache cache,
      ChangeLog changeLog,
      Curation curation,
      Sections sections,
      Editions editions) {
    this.cache = cache;
    this.editions = editions;
    this.changeLog = changeLog;
    this.curation = curation;
    this.sections = sections;
  }

  /** Starts from the store as it is now: nothing cached is older than this. */
  public synchronized void start() {
    seq = changeLog.latestSeq();
    curationVersion = curation.version();
    sectionsVersion = sections.version();
    editionsVersion = editions.version();
  }

  /** The change-log position applied (for readiness and lag metrics). */
  public synchronized long position() {
    return seq;
  }

  /** Applies every change made since the last call (by any process). Call after commit. */
  public synchronized void catchUp() {
    long nowEditions = editions.version();
    if (nowEditions != editionsVersion) {
      // An edition added or changed, here or by another node or the command line: every page
      // may show it (its address, dates, direction, the other editions).
      editionsVersion = nowEditions;
      seq = changeLog.latestSeq();
      editions.refresh();
      sections.refresh();
      cache.clear();
      return;
    }
    long nowSections = sections.version();
    if (nowSections != sectionsVersion) {
      // A section added, renamed or moved (also by a publish under a new section name): the
      // navigation of every page changed.
      sectionsVersion = nowSections;
      seq = changeLog.latestSeq();
      sections.refresh();
      cache.clear();
      return;
    }
    long nowCuration = curation.version();
    if (nowCuration != curationVersion) {
      curationVersion = nowCuration;
      cache.invalidate(Set.of(CacheKeys.HOME, CacheKeys.CURATED));
    }
    List<ChangeEntry> entries = changeLog.after(seq, MAX_BEHIND + 1);
    if (entries.isEmpty()) {
      return;
    }
    if (entries.size() > MAX_BEHIND) {
      seq = changeLog.latestSeq();
      cache.clear();
      return;
    }
    Set<String> keys = new HashSet<>();
    for (ChangeEntry e : entries) {
      keys.addAll(e.keys());
      // An entry written before its keys were recorded names only its story: drop everything.
      if (e.keys().isEmpty()) {
        seq = entries.get(entries.size() - 1).seq();
        cache.clear();
        return;
      }
    }
    seq = entries.get(entries.size() - 1).seq();
    cache.invalidate(keys);
  }
}
