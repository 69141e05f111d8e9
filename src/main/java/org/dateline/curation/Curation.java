package org.dateline.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Articles;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;

/**
 * Facade: the editors' picks for the home page's top stories, in order. The first public pick leads
 * the home page; when fewer than {@link #PLACES} picks are public, the newest stories fill the
 * rest. Changes are serialized in this process (load, decide, save) and tell listeners the new
 * version after they are stored. Thread-safe.
 */
public final class Curation {
  /** The home page's top-story places: the lead and four more. */
  public static final int PLACES = 5;

  private final CurationRepository repository;
  private final Articles articles;
  private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

  public Curation(CurationRepository repository, Articles articles) {
    this.repository = repository;
    this.articles = articles;
  }

  /** The home page's top stories as readers see them, and whether editors chose any of them. */
  public record TopStories(List<ArticleSummary> stories, boolean curated) {}

  /** How many of the newest stories are looked through for a lead with a photo. */
  static final int LEAD_CANDIDATES = 30;

  /**
   * The home page's top: the lead and the stories after it ({@link #PLACES} in all, fewer when
   * fewer are public), and whether editors chose them.
   */
  public record Front(Optional<ArticleSummary> lead, List<ArticleSummary> rest, boolean curated) {
    /** Every story the front shows, lead first. */
    public List<ArticleSummary> all() {
      List<ArticleSummary> out = new ArrayList<>();
      lead.ifPresent(out::add);
      out.addAll(rest);
      return out;
    }
  }

  /**
   * The home page's lead and top stories. When editors picked any public story, their order: the
   * first public pick leads, the newest stories fill the places they left open. Otherwise the
   * newest story with a lead photo leads (the newest story when none of the newest {@value
   * #LEAD_CANDIDATES} has one), and the newest others follow.
   */
  public Front front() {
    return front(Optional.empty());
  }

  /**
   * {@link #front()} of one edition (decision 0068): its picks in the editors' order, else its
   * newest stories; every edition when empty.
   */
  public Front front(Optional<String> edition) {
    TopStories picked = topStories(edition);
    if (picked.curated()) {
      List<ArticleSummary> s = picked.stories();
      return new Front(Optional.of(s.get(0)), List.copyOf(s.subList(1, s.size())), true);
    }
    List<ArticleSummary> newest =
        articles.page(all(edition), PageRequest.newest(LEAD_CANDIDATES)).items();
    Optional<ArticleSummary> lead =
        newest.stream()
            .filter(s -> s.leadPhoto().isPresent())
            .findFirst()
            .or(() -> newest.stream().findFirst());
    List<ArticleSummary> rest =
        newest.stream()
            .filter(s -> lead.map(l -> !l.id().equals(s.id())).orElse(true))
            .limit(PLACES - 1L)
            .toList();
    return new Front(lead, rest, false);
  }

  private static Listing all(Optional<String> edition) {
    return edition
        .<Listing>map(e -> new Listing.InEdition(e, new Listing.All()))
        .orElse(new Listing.All());
  }

  /** The picked stories, public or not, first place first. */
  public List<ArticleId> picks() {
    return repository.picks().stream().map(ArticleId::new).toList();
  }

  /**
   * The public picks in the editors' order, then the newest public stories not picked, up to {@link
   * #PLACES} in all.
   */
  public TopStories topStories() {
    return topStories(Optional.empty());
  }

  /** {@link #topStories()} of one edition; every edition when empty. */
  public TopStories topStories(Optional<String> edition) {
    List<ArticleSummary> top = new ArrayList<>(articles.publicSummaries(picks()));
    top.removeIf(s -> edition.isPresent() && !edition.get().equals(s.edition()));
    boolean curated = !top.isEmpty();
    for (ArticleSummary s : articles.page(all(edition), PageRequest.newest(PLACES * 2)).items()) {
      if (top.size() < PLACES && top.stream().noneMatch(t -> t.id().equals(s.id()))) {
        top.add(s);
      }
    }
    return new TopStories(List.copyOf(top), curated);
  }

  /**
   * Puts a public story in the last place; refused when it is not public, already picked, or every
   * place is taken.
   */
  public synchronized void add(ArticleId id) {
    List<Long> picks = new ArrayList<>(repository.picks());
    if (picks.contains(id.value())) {
      throw new CurationRefused("That story is already a top story.");
    }
    if (picks.size() >= PLACES) {
      throw new CurationRefused(
          "All " + PLACES + " top-story places are taken. Remove a story first.");
    }
    if (articles.find(id).filter(a -> a.isPublic()).isEmpty()) {
      throw new CurationRefused("Only a published story can be a top story.");
    }
    picks.add(id.value());
    save(picks);
  }

  /** Takes a story off the home page's picks (nothing happens when it is not picked). */
  public synchronized void remove(ArticleId id) {
    List<Long> picks = new ArrayList<>(repository.picks());
    if (picks.remove(id.value())) {
      save(picks);
    }
  }

  /**
   * Moves a pick one place up (towards the lead); nothing happens at the top or when it is not
   * picked.
   */
  public synchronized void moveUp(ArticleId id) {
    move(id, -1);
  }

  /** Moves a pick one place down; nothing happens at the bottom or when it is not picked. */
  public synchronized void moveDown(ArticleId id) {
    move(id, +1);
  }

  private void move(ArticleId id, int by) {
    List<Long> picks = new ArrayList<>(repository.picks());
    int from = picks.indexOf(id.value());
    int to = from + by;
    if (from < 0 || to < 0 || to >= picks.size()) {
      return;
    }
    picks.set(from, picks.get(to));
    picks.set(to, id.value());
    save(picks);
  }

  private void save(List<Long> picks) {
    long version = repository.replace(picks);
    listeners.forEach(l -> l.accept(version));
  }

  /**
   * A number that grows with every change of the picks, made by any process (polled to follow other
   * processes).
   */
  public long version() {
    return repository.version();
  }

  /** Hears the new version after each change made in this process. */
  public void onChange(LongConsumer listener) {
    listeners.add(listener);
  }
}
