package org.dateline.edition;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.dateline.article.ArticlePaths;
import org.dateline.shared.Text;

/**
 * One language edition of the site (decision 0068) with the site-wide settings it is shown under:
 * the site's name and how much of each story the feeds carry (site-wide), and the edition's own
 * language tag ({@code language}, its code: {@code en}, {@code ko}, {@code zh-Hans}), name in its
 * own language, address prefix, optional host, time zone, date pattern, dateline style, writing
 * direction, navigation position and whether it is the one served at {@code /}.
 */
public record Edition(
    String siteName,
    String language,
    ZoneId zone,
    String datePattern,
    FeedText feedText,
    String name,
    String prefix,
    Optional<String> host,
    DatelineStyle datelineStyle,
    Direction direction,
    int position,
    boolean isDefault) {
  public static final Edition DEFAULT =
      new Edition("Dateline", "en", ZoneId.of("Asia/Seoul"), "HH:mm MMMM dd, yyyy");

  /** How much of each story the public feeds carry (decision 0027). */
  public enum FeedText {
    FULL,
    SUMMARY;

    /** {@code full} or {@code summary}, as the command line and the settings store write it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The setting named {@code full} or {@code summary}. */
    public static FeedText of(String label) {
      for (FeedText f : values()) {
        if (f.label().equals(label)) {
          return f;
        }
      }
      throw new IllegalArgumentException("feed content is full or summary, got " + label);
    }
  }

  /** The writing direction of the edition's pages. */
  public enum Direction {
    LTR,
    RTL;

    /** {@code ltr} or {@code rtl}, as HTML's {@code dir} and the store write it. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Direction of(String label) {
      for (Direction d : values()) {
        if (d.label().equals(label)) {
          return d;
        }
      }
      throw new IllegalArgumentException("direction is ltr or rtl, got " + label);
    }
  }

  /** The default edition (served at {@code /}) with feeds that carry summaries. */
  public Edition(String siteName, String language, ZoneId zone, String datePattern) {
    this(siteName, language, zone, datePattern, FeedText.SUMMARY);
  }

  /** The default edition (served at {@code /}) in English style. */
  public Edition(
      String siteName, String language, ZoneId zone, String datePattern, FeedText feedText) {
    this(
        siteName,
        language,
        zone,
        datePattern,
        feedText,
        ownName(language),
        language.toLowerCase(Locale.ROOT),
        Optional.empty(),
        DatelineStyle.ENGLISH,
        Direction.LTR,
        0,
        true);
  }

  public Edition {
    if (feedText == null) {
      throw new IllegalArgumentException("feed content must be full or summary");
    }
    siteName = Text.name(siteName);
    if (siteName.isEmpty()) {
      throw new IllegalArgumentException("site name must not be empty");
    }
    if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      throw new IllegalArgumentException(
          "language must be a BCP 47 tag such as en, ko or zh-Hans, got " + language);
    }
    if (zone == null) {
      throw new IllegalArgumentException("time zone must be given");
    }
    try {
      var unused = DateTimeFormatter.ofPattern(datePattern, Locale.ENGLISH);
    } catch (IllegalArgumentException | NullPointerException bad) {
      throw new IllegalArgumentException(
          "date pattern " + datePattern + " is not valid: " + bad.getMessage(), bad);
    }
    name = Text.name(name);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("edition name must not be empty");
    }
    if (prefix == null || !prefix.matches("[a-z][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException(
          "prefix must be lower-case letters, digits and hyphens, starting with a letter, e.g."
              + " ko or zh, got "
              + prefix);
    }
    host = host.map(String::strip).filter(h -> !h.isEmpty());
    if (host.isPresent() && !host.get().matches("[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
      throw new IllegalArgumentException("host must be a host name such as ko.news.example");
    }
    if (datelineStyle == null || direction == null) {
      throw new IllegalArgumentException("dateline style and direction must be given");
    }
  }

  /** The edition's code, its BCP 47 language tag. */
  public String code() {
    return language;
  }

  /** The edition's locale, for dates and names. */
  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  public DateTimeFormatter formatter() {
    return DateTimeFormatter.ofPattern(datePattern, locale()).withZone(zone);
  }

  /** The instant as a reader of this edition sees it, e.g. {@code 06:12 February 04, 2022}. */
  public String format(Instant instant) {
    return formatter().format(instant);
  }

  /**
   * Where the edition's pages live, relative to the site: {@code ""} for the default edition (at
   * {@code /}), {@code /ko} for the others. Every path of the edition is this followed by the
   * default edition's path ({@code /ko/news}); its home page is {@link #home()}.
   */
  public String root() {
    return isDefault ? "" : "/" + prefix;
  }

  /**
   * Where the edition's pages are addressed absolutely (decision 0087): {@code SCHEME://HOST} for
   * an edition served at its own host (the scheme of {@code baseUrl}), else the site's {@code
   * baseUrl} followed by {@link #root()}.
   */
  public String base(String baseUrl) {
    String site = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    if (isDefault || host.isEmpty()) {
      return site + root();
    }
    return (site.startsWith("http://") ? "http" : "https") + "://" + host.get();
  }

  /**
   * The canonical address of a story of this edition, absolute: {@code
   * https://news.example/ko/article/1/slug} or, at the edition's own host, {@code
   * https://ko.news.example/article/1/slug}. What the site's pages name canonical, so feeds,
   * sitemaps and the wire link it without a redirect.
   */
  public String articleUrl(String baseUrl, long id, String slug) {
    return base(baseUrl) + ArticlePaths.of(id, slug);
  }

  /** The edition's home page: {@code /} or {@code /ko/}. */
  public String home() {
    return root() + "/";
  }

  /** {@code path} (a default-edition path such as {@code /news}) in this edition. */
  public String path(String path) {
    return path.equals("/") ? home() : root() + path;
  }

  /** The same edition with other site-wide settings. */
  public Edition withSite(String siteName, FeedText feedText) {
    return new Edition(
        siteName,
        language,
        zone,
        datePattern,
        feedText,
        name,
        prefix,
        host,
        datelineStyle,
        direction,
        position,
        isDefault);
  }

  /** The name of a language in itself, capitalized: English, 한국어, 日本語, 中文, العربية, Español. */
  public static String ownName(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String own = locale.getDisplayName(locale);
    if (own.isEmpty()) {
      return language;
    }
    return own.substring(0, own.offsetByCodePoints(0, 1)).toUpperCase(locale)
        + own.substring(own.offsetByCodePoints(0, 1));
  }
}
