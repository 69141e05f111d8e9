package org.dateline.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticlePaths;
import org.dateline.article.Articles;
import org.dateline.article.Block;
import org.dateline.edition.Edition;
import org.dateline.edition.Editions;
import org.dateline.ingest.format.NotAnArticle;
import org.dateline.ingest.format.SeedStory;
import org.dateline.ingest.format.SeedTextFormat;
import org.dateline.section.SectionRefused;
import org.dateline.section.Sections;
import org.dateline.shared.Html;

/**
 * Facade: imports stories from files in the seed's text format. A story is known by its file name,
 * so importing a file again reports it unchanged, or stores a new version when its text changed. A
 * file that is not a story stores nothing.
 */
public final class Ingest {
  /** Largest file taken as one story. */
  public static final long MAX_BYTES = 1024 * 1024;

  private static final int SUMMARY_LENGTH = 200;
  private final Articles articles;
  private final Sections sections;
  private final Editions editions;

  public Ingest(Articles articles, Sections sections, Editions editions) {
    this.articles = articles;
    this.sections = sections;
    this.editions = editions;
  }

  /** What an import did to one story. */
  public record Imported(long articleId, String path, Articles.Outcome outcome) {}

  /** Imports one file into the default edition, read as the seed's format. */
  public Imported importFile(Path file) {
    return importFile(file, Optional.empty());
  }

  /**
   * Imports one file into {@code edition} (decision 0068): its time line read in the edition's
   * pattern, language and zone, its dateline in the edition's style; the default edition as the
   * seed's format when empty.
   */
  public Imported importFile(Path file, Optional<Edition> edition) {
    String name = file.getFileName().toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new ImportFailed(file + ": not a file");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new ImportFailed(
            file
                + ": not an article: the file has "
                + size
                + " bytes; one story may have at most "
                + MAX_BYTES);
      }
      String text = decode(Files.readAllBytes(file), file);
      return importText(sourceKey(name), text, UnaryOperator.identity(), file.toString(), edition);
    } catch (IOException e) {
      throw new ImportFailed(file + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Imports a story's text under a source key; {@code photos} may supply the image of a photo that
   * arrived with its caption only.
   */
  public Imported importText(
      String sourceKey, String text, UnaryOperator<Block.Photo> photos, String origin) {
    return importText(sourceKey, text, photos, origin, Optional.empty());
  }

  private Imported importText(
      String sourceKey,
      String text,
      UnaryOperator<Block.Photo> photos,
      String origin,
      Optional<Edition> into) {
    Edition edition = into.orElseGet(editions::current);
    SeedStory story;
    try {
      story =
          into.map(e -> new SeedTextFormat(e.datePattern(), e.locale(), e.datelineStyle()::split))
              .orElseGet(() -> new SeedTextFormat(edition.datePattern()))
              .read(text);
    } catch (NotAnArticle e) {
      throw new ImportFailed(origin + ": not an article: " + e.getMessage());
    }
    List<Block> body =
        story.body().stream().map(b -> b instanceof Block.Photo p ? photos.apply(p) : b).toList();
    ArticleContent content;
    try {
      content =
          new ArticleContent(
              story.headline(),
              summary(body),
              edition.language(),
              Sections.isAllNews(story.sectionLabel()) ? "" : story.sectionLabel(),
              story.bylines(),
              story.dateline(),
              body,
              List.of(),
              5);
    } catch (IllegalArgumentException e) {
      throw new ImportFailed(origin + ": not an article: " + e.getMessage());
    }
    try {
      // An import may add a section (decision 0011): the operator runs it, and it publishes at
      // once.
      sections.ensureIn(edition.code(), content.section());
    } catch (SectionRefused e) {
      throw new ImportFailed(origin + ": not an article: " + e.getMessage());
    }
    Instant published = story.published().atZone(edition.zone()).toInstant();
    Articles.Published result = articles.publish(content, published, Optional.of(sourceKey));
    var a = result.article();
    return new Imported(
        a.id().value(),
        editions.of(a.edition()).root() + ArticlePaths.of(a.id().value(), a.slug()),
        result.outcome());
  }

  /** The key that identifies an imported file's story: its name without the extension. */
  public static String sourceKey(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return "file:" + (dot > 0 ? fileName.substring(0, dot) : fileName);
  }

  private static String summary(List<Block> body) {
    String first =
        body.stream()
            .filter(Block.Paragraph.class::isInstance)
            .map(b -> Html.toText(((Block.Paragraph) b).html()))
            .findFirst()
            .orElse("");
    if (first.length() <= SUMMARY_LENGTH) {
      return first;
    }
    int cut = first.lastIndexOf(' ', SUMMARY_LENGTH - 1);
    return first.substring(0, cut > 0 ? cut : SUMMARY_LENGTH - 1) + "…";
  }

  private static String decode(byte[] bytes, Path file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ImportFailed(file + ": not an article: the file is not UTF-8 text");
    }
  }
}
