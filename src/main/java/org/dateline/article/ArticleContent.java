package org.dateline.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.shared.Text;

/**
 * What an editor writes: everything of a story but its identity and publication facts. {@code
 * section} is a section name or empty for none ("All News" only); {@code urgency} runs from 1
 * (flash) to 8 (routine) as in IPTC; {@code presentation} is what sites and social networks need (a
 * chosen slug, SEO title and description, picked related stories; decision 0080).
 */
public record ArticleContent(
    String headline,
    String summary,
    String language,
    String section,
    List<String> bylines,
    Optional<Dateline> dateline,
    List<Block> body,
    List<String> tags,
    int urgency,
    Presentation presentation) {

  public static final int MAX_HEADLINE = 300;

  /** Content with nothing chosen for sites and social networks ({@link Presentation#NONE}). */
  public ArticleContent(
      String headline,
      String summary,
      String language,
      String section,
      List<String> bylines,
      Optional<Dateline> dateline,
      List<Block> body,
      List<String> tags,
      int urgency) {
    this(
        headline,
        summary,
        language,
        section,
        bylines,
        dateline,
        body,
        tags,
        urgency,
        Presentation.NONE);
  }

  public ArticleContent {
    presentation = presentation == null ? Presentation.NONE : presentation;
    headline = Text.line(headline);
    summary = Text.line(summary);
    section = Text.name(section);
    bylines = names(bylines);
    tags = names(tags);
    body = List.copyOf(body);
    if (headline.isEmpty()) {
      throw new IllegalArgumentException("a story needs a headline");
    }
    if (Text.length(headline) > MAX_HEADLINE) {
      throw new IllegalArgumentException(
          "the headline is longer than " + MAX_HEADLINE + " characters");
    }
    if (body.isEmpty()) {
      throw new IllegalArgumentException("a story needs a body");
    }
    if (urgency < 1 || urgency > 8) {
      throw new IllegalArgumentException("urgency runs from 1 to 8, got " + urgency);
    }
    if (language == null || language.isBlank()) {
      throw new IllegalArgumentException("a story needs a language");
    }
  }

  /**
   * Names (bylines, topics) normalized by {@link Text#name}, blank ones dropped, and each name
   * once: two spellings with the same {@link Text#key} are one name, the first spelling kept.
   */
  public static List<String> names(List<String> names) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String raw : names) {
      String name = Text.name(raw);
      if (!name.isEmpty()) {
        byKey.putIfAbsent(Text.key(name), name);
      }
    }
    return List.copyOf(byKey.values());
  }

  /** The first photo of the body, shown next to the story in lists. */
  public Optional<Block.Photo> leadPhoto() {
    return body.stream()
        .filter(Block.Photo.class::isInstance)
        .map(Block.Photo.class::cast)
        .filter(p -> !p.src().isEmpty())
        .findFirst();
  }

  /** The same content with this presentation. */
  public ArticleContent withPresentation(Presentation chosen) {
    return new ArticleContent(
        headline, summary, language, section, bylines, dateline, body, tags, urgency, chosen);
  }

  /** The slug of the story's address: the chosen one, else the headline's. */
  public String slug() {
    return presentation.slugFor(headline);
  }

  /** A fingerprint of the content: equal content, equal fingerprint. */
  public String fingerprint() {
    return org.dateline.shared.Hashes.sha256(toString());
  }
}
