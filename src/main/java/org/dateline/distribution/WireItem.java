package org.dateline.distribution;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.shared.Html;

/**
 * A story as subscribers receive it, the one input of every wire writer: identity ({@code guid}
 * never changes, {@code version} grows with each published version), times, publishing status and
 * embargo, and the content with absolute URLs. Built by {@link WireItems#from}; every text in it is
 * safe for XML and JSON ({@link SafeText}). Immutable.
 *
 * @param id the story's id on this site (also the {@code /wire/v1/items/{id}} key)
 * @param firstCreated when the story was first published (for an embargoed story: its embargo time,
 *     the only time the store keeps)
 * @param versionCreated when this version was published
 * @param embargoedUntil present only while the story is withheld
 * @param url the absolute canonical URL of the public page
 * @param translation its translation group and source, when it is in one (see {@link Translation})
 * @param killNote why a canceled item was withdrawn, when the newsroom said so
 */
public record WireItem(
    long id,
    String guid,
    int version,
    Instant firstCreated,
    Instant versionCreated,
    PubStatus pubStatus,
    Optional<Instant> embargoedUntil,
    int urgency,
    String language,
    String headline,
    String summary,
    List<Byline> bylines,
    Optional<Dateline> dateline,
    List<Subject> subjects,
    List<WireBlock> body,
    Optional<Article.Correction> correction,
    String url,
    Provider provider,
    Optional<Translation> translation,
    Optional<String> killNote) {

  /** The same item with its public page at {@code url} (an edition at its own host, 0087). */
  public WireItem withUrl(String url) {
    return new WireItem(
        id,
        guid,
        version,
        firstCreated,
        versionCreated,
        pubStatus,
        embargoedUntil,
        urgency,
        language,
        headline,
        summary,
        bylines,
        dateline,
        subjects,
        body,
        correction,
        url,
        provider,
        translation,
        killNote);
  }

  /** The agency that sends the item: its name and home page. */
  public record Provider(String name, String url) {}

  public WireItem {
    if (guid.isBlank()) {
      throw new IllegalArgumentException("a wire item needs a guid");
    }
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1, got " + version);
    }
    if (urgency < 1 || urgency > 9) {
      throw new IllegalArgumentException("urgency runs from 1 to 9, got " + urgency);
    }
    headline = SafeText.line(headline);
    summary = SafeText.clean(summary).strip();
    bylines = List.copyOf(bylines);
    dateline =
        dateline.flatMap(
            d -> {
              String place = SafeText.line(d.place());
              return place.isEmpty()
                  ? Optional.empty()
                  : Optional.of(
                      new Dateline(place, SafeText.line(d.date()), SafeText.line(d.source())));
            });
    subjects = List.copyOf(subjects);
    body = List.copyOf(body);
    correction =
        correction
            .map(c -> new Article.Correction(SafeText.clean(c.text()).strip(), c.at()))
            .filter(c -> !c.text().isEmpty());
    killNote = killNote.map(n -> SafeText.clean(n).strip()).filter(n -> !n.isEmpty());
    if (pubStatus != PubStatus.CANCELED && killNote.isPresent()) {
      throw new IllegalArgumentException("only a canceled item has a kill note");
    }
    if (headline.isEmpty()) {
      throw new IllegalArgumentException("a wire item needs a headline");
    }
    if (pubStatus != PubStatus.WITHHELD && embargoedUntil.isPresent()) {
      throw new IllegalArgumentException("only a withheld item has an embargo time");
    }
  }

  /** The photos of the body, in order. */
  public List<WirePhoto> photos() {
    return body.stream()
        .filter(WireBlock.Photo.class::isInstance)
        .map(b -> ((WireBlock.Photo) b).photo())
        .toList();
  }

  /** The first photo, shown with the story in lists and feeds. */
  public Optional<WirePhoto> leadPhoto() {
    return photos().stream().findFirst();
  }

  /** The section, when the story has one. */
  public Optional<Subject> section() {
    return subjects.stream().filter(s -> s.kind() == Subject.Kind.SECTION).findFirst();
  }

  /** The topics (tags). */
  public List<Subject> topics() {
    return subjects.stream().filter(s -> s.kind() == Subject.Kind.TOPIC).toList();
  }

  /** The summary or, when there is none, the text of the first paragraph. */
  public String teaser() {
    if (!summary.isEmpty()) {
      return summary;
    }
    return body.stream()
        .filter(b -> b instanceof WireBlock.Text t && t.block() instanceof Block.Paragraph)
        .map(b -> Html.toText(((Block.Paragraph) ((WireBlock.Text) b).block()).html()))
        .findFirst()
        .orElse("");
  }

  /**
   * The correction as a note to editors: {@code Correction (2022-02-05T01:00:00Z): text}, with the
   * time it was made.
   */
  public Optional<String> correctionNote() {
    return correction.map(c -> "Correction (" + c.at() + "): " + c.text());
  }

  /**
   * The note to editors: the kill note ({@code Killed: reason}) of a canceled item, then the
   * correction note, one per line.
   */
  public Optional<String> editorNote() {
    List<String> notes = new java.util.ArrayList<>();
    killNote.ifPresent(n -> notes.add("Killed: " + n));
    correctionNote().ifPresent(notes::add);
    return notes.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", notes));
  }

  /**
   * The same item with the times and kill note of a stored version (the wire knows them, the public
   * record does not).
   */
  public WireItem at(Instant firstCreated, Instant versionCreated, Optional<String> killNote) {
    return new WireItem(
        id,
        guid,
        version,
        firstCreated,
        versionCreated,
        pubStatus,
        embargoedUntil,
        urgency,
        language,
        headline,
        summary,
        bylines,
        dateline,
        subjects,
        body,
        correction,
        url,
        provider,
        translation,
        pubStatus == PubStatus.CANCELED ? killNote : Optional.empty());
  }

  /** The names of the bylines joined with commas, e.g. {@code Oh Seo-jin, Han Tae-woo}. */
  public String by() {
    return String.join(", ", bylines.stream().map(Byline::name).toList());
  }

  public TextDirection direction() {
    return TextDirection.of(language);
  }

  public boolean isUsable() {
    return pubStatus == PubStatus.USABLE;
  }
}
