package org.dateline.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleState;
import org.dateline.article.Author;
import org.dateline.article.Block;
import org.dateline.article.Tag;

/**
 * What the index takes of a stored story, and nothing more (decision 0122): a change's update
 * builds it from the {@link Article} it holds ({@link #of}), the rebuild reads it straight from the
 * store's columns ({@link IndexedStories}) without building articles or parsing whole bodies. One
 * document mapping reads it, so both ways index the same.
 *
 * @param body the body's text, block by block, in the order the body field indexes it
 * @param authors the bylines' names, in byline order
 * @param tags the topics' names, in topic order
 */
public record IndexedStory(
    long id,
    String slug,
    ArticleState state,
    Instant firstPublishedAt,
    String language,
    String edition,
    String headline,
    String summary,
    List<Piece> body,
    List<String> authors,
    List<String> tags,
    Optional<String> section) {

  /**
   * One piece of a body's text: {@code markup} when it is a paragraph's or a list item's
   * allow-listed HTML (its plain text is indexed), otherwise plain text (a heading, a quote, its
   * cite, a photo's caption).
   */
  public record Piece(String text, boolean markup) {}

  public IndexedStory {
    body = List.copyOf(body);
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
  }

  /** Whether readers may find it. */
  public boolean isPublic() {
    return state == ArticleState.PUBLISHED;
  }

  /** What the index takes of a story held as an {@link Article}. */
  public static IndexedStory of(Article a) {
    return new IndexedStory(
        a.id().value(),
        a.slug(),
        a.state(),
        a.firstPublishedAt(),
        a.content().language(),
        a.edition(),
        a.headline(),
        a.content().summary(),
        pieces(a.content().body()),
        a.authors().stream().map(Author::name).toList(),
        a.tags().stream().map(Tag::name).toList(),
        a.section().map(s -> s.name()));
  }

  /** A body's text pieces, block by block. */
  public static List<Piece> pieces(List<Block> body) {
    List<Piece> out = new ArrayList<>(body.size() + 2);
    for (Block block : body) {
      if (block instanceof Block.Paragraph p) {
        out.add(new Piece(p.html(), true));
      } else if (block instanceof Block.Heading h) {
        out.add(new Piece(h.text(), false));
      } else if (block instanceof Block.Quote q) {
        out.add(new Piece(q.text(), false));
        out.add(new Piece(q.cite(), false));
      } else if (block instanceof Block.ListBlock l) {
        l.items().forEach(i -> out.add(new Piece(i, true)));
      } else if (block instanceof Block.Photo p) {
        out.add(new Piece(p.caption(), false));
      }
    }
    return out;
  }
}
