package org.dateline.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.Articles;
import org.dateline.shared.Hashes;
import org.dateline.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Facade: takes reader feedback on a story. It validates the text, drops bots that fill the
 * honeypot, limits how fast one client may send, stores the same text twice in a row once, and
 * keeps only a salted hash of the client address. Thread-safe.
 */
public final class Feedbacks {
  /** Longest message, in characters. */
  public static final int MAX_LENGTH = 2000;

  /** At most this many submissions per client in {@link #WINDOW}. */
  public static final int MAX_PER_WINDOW = 3;

  public static final Duration WINDOW = Duration.ofMinutes(1);

  /** Messages the inbox shows per page. */
  public static final int PAGE_SIZE = 50;

  private final FeedbackRepository repository;
  private final Articles articles;
  private final Clock clock;
  private volatile @Nullable String salt;

  public Feedbacks(FeedbackRepository repository, Articles articles, Clock clock) {
    this.repository = repository;
    this.articles = articles;
    this.clock = clock;
  }

  /** What became of a submission the reader is thanked for. */
  public enum Outcome {
    STORED,
    /** The same text as this client's previous message: already stored. */
    DUPLICATE,
    /** The honeypot was filled: a bot; nothing stored. */
    DISCARDED
  }

  /** The answer to a submission. */
  public sealed interface Result {
    /** Taken (stored, already stored, or silently dropped for a bot): thank the reader. */
    record Accepted(Outcome outcome) implements Result {}

    /**
     * The text cannot be stored as sent; {@code text} is what the reader typed, cut at {@link
     * #MAX_LENGTH} characters.
     */
    record Rejected(String message, String text, Problem problem, int length) implements Result {}

    /** What is wrong with a refused text: nothing written, or more than the limit. */
    enum Problem {
      EMPTY,
      TOO_LONG
    }

    /** The client sent too many messages too quickly. */
    record Throttled(long retryAfterSeconds, String message, String text) implements Result {}

    /**
     * The story is not public (a draft, under embargo, killed, or no story at all): readers have
     * nothing to give feedback on, and nothing is stored.
     */
    record NotPublic(String message) implements Result {}
  }

  /** A reader's submission as it arrived. */
  public record Submission(long articleId, String message, String honeypot, String clientAddress) {}

  /**
   * Stores a submission on a public story; refuses one on a story readers cannot see (whatever the
   * caller checked before: the story may change meanwhile).
   */
  public Result submit(Submission s) {
    String text = Text.lines(s.message());
    if (articles.find(new ArticleId(s.articleId())).filter(Article::isPublic).isEmpty()) {
      return new Result.NotPublic(
          "This story is not published: there is nothing to send feedback on.");
    }
    if (s.honeypot() != null && !s.honeypot().isBlank()) {
      return new Result.Accepted(Outcome.DISCARDED);
    }
    if (text.isEmpty()) {
      return new Result.Rejected(
          "Please write your feedback before sending it.",
          s.message() == null ? "" : s.message(),
          Result.Problem.EMPTY,
          0);
    }
    int length = text.codePointCount(0, text.length());
    if (length > MAX_LENGTH) {
      // Only as much as the field takes goes back to the page: the echo is bounded too.
      return new Result.Rejected(
          "Your feedback is "
              + String.format("%,d", length)
              + " characters long; the limit is "
              + String.format("%,d", MAX_LENGTH)
              + ". The box holds its first "
              + String.format("%,d", MAX_LENGTH)
              + "; please shorten it.",
          cut(s.message()),
          Result.Problem.TOO_LONG,
          length);
    }
    String client = clientHash(s.clientAddress());
    Instant now = clock.instant();
    // The limit is counted in the store, so it holds across every node (decision 0052).
    FeedbackRepository.Checked checked =
        repository.insertWithinLimit(
            s.articleId(), text, client, now, now.minus(WINDOW), MAX_PER_WINDOW);
    if (checked.duplicate()) {
      return new Result.Accepted(Outcome.DUPLICATE);
    }
    if (checked.limitedSince().isPresent()) {
      long wait =
          Math.max(
              1, Duration.between(now, checked.limitedSince().get().plus(WINDOW)).toSeconds() + 1);
      return new Result.Throttled(
          wait,
          "You are sending feedback too quickly. Please wait " + wait + " seconds and try again.",
          s.message());
    }
    return new Result.Accepted(Outcome.STORED);
  }

  /** The text cut after {@link #MAX_LENGTH} characters (code points). */
  private static String cut(String text) {
    return text.codePointCount(0, text.length()) <= MAX_LENGTH
        ? text
        : text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
  }

  /** How many messages no one has read yet. */
  public long countNew() {
    return repository.countNew();
  }

  /** Newest feedback first. */
  public List<Feedback> newest(int limit) {
    return repository.newest(limit);
  }

  /** Which feedback the inbox lists: in one state or all, on one story or all. */
  public record Filter(Optional<FeedbackState> state, Optional<Long> articleId) {}

  /** One page of the inbox, newest first; {@code olderBefore} continues it when there is more. */
  public record Page(List<Feedback> items, Optional<Long> olderBefore) {}

  /**
   * One page of feedback matching the filter, newest first, with ids below {@code beforeId} when
   * given.
   */
  public Page list(Filter filter, Optional<Long> beforeId) {
    List<Feedback> rows =
        repository.list(
            filter.state().map(FeedbackState::code), filter.articleId(), beforeId, PAGE_SIZE + 1);
    if (rows.size() <= PAGE_SIZE) {
      return new Page(rows, Optional.empty());
    }
    List<Feedback> items = rows.subList(0, PAGE_SIZE);
    return new Page(List.copyOf(items), Optional.of(items.get(PAGE_SIZE - 1).id()));
  }

  /** Marks a message new, read or resolved; false when there is no such message. */
  public boolean setState(long id, FeedbackState state) {
    return repository.setState(id, state.code());
  }

  /** How many messages are in each state, every state present. */
  public Map<FeedbackState, Long> countsByState() {
    Map<String, Long> stored = repository.countsByState();
    Map<FeedbackState, Long> counts = new EnumMap<>(FeedbackState.class);
    for (FeedbackState s : FeedbackState.values()) {
      counts.put(s, stored.getOrDefault(s.code(), 0L));
    }
    return counts;
  }

  /**
   * How many messages arrived in each interval between consecutive {@code bounds} (for example the
   * starts of days in the edition's zone, and the end of the last one).
   */
  public List<Long> receivedPerInterval(List<Instant> bounds) {
    if (bounds.size() < 2) {
      throw new IllegalArgumentException("intervals need at least two bounds");
    }
    return repository.countsBetween(bounds);
  }

  /** The salted hash that stands for a client address; the address itself is never stored. */
  String clientHash(String address) {
    String s = salt;
    if (s == null) {
      s = repository.salt();
      salt = s;
    }
    return Hashes.sha256(s + "|" + (address == null ? "" : address));
  }
}
