package org.dateline.article.jdbi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleHeadline;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleRepository;
import org.dateline.article.ArticleState;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Author;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.article.PublishedCounts;
import org.dateline.article.RelatedCandidate;
import org.dateline.article.Tag;
import org.dateline.storage.IntervalCounts;
import org.jdbi.v3.core.Jdbi;

/**
 * Stories in {@code articles}, with {@code article_bylines}, {@code article_tags}, authors, tags.
 */
final class JdbiArticleRepository implements ArticleRepository {
  /**
   * A public story with this author or tag: names of embargoed and killed stories are not public.
   */
  private static final String PUBLIC_LINK =
      "SELECT 1 FROM %s l JOIN articles pa ON pa.id = l.article_id"
          + " WHERE l.%s = %s.id AND pa.state = 'published'";

  private final Jdbi jdbi;
  private final ArticleWrites writes;
  private final ArticleListings listings;
  private final ArticleLines lines;
  private final JdbiRelatedStories related;
  private final JdbiArticleBatches batches;
  private final JdbiTranslations translations;

  JdbiArticleRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.writes = new ArticleWrites(jdbi);
    this.listings = new ArticleListings(jdbi);
    this.lines = new ArticleLines(jdbi);
    this.related = new JdbiRelatedStories(jdbi);
    this.batches = new JdbiArticleBatches(jdbi);
    this.translations = new JdbiTranslations(jdbi);
  }

  @Override
  public Optional<Article> byId(ArticleId id) {
    return jdbi.withHandle(h -> OneStory.byId(h, id.value()));
  }

  @Override
  public java.util.Map<ArticleId, Article> byIds(Collection<ArticleId> ids) {
    return jdbi.withHandle(h -> ArticleRows.byIds(h, ids));
  }

  @Override
  public List<org.dateline.article.ArticleTranslation> translations(ArticleId id) {
    return translations.of(id);
  }

  @Override
  public List<org.dateline.article.ArticleTranslation> translations(
      ArticleId id, Optional<String> sourceKey) {
    return translations.of(id, sourceKey);
  }

  @Override
  public Optional<Article> bySourceKey(String sourceKey) {
    return jdbi.withHandle(h -> ArticleRows.load(h, "a.source_key = :key", sourceKey));
  }

  @Override
  public ArticleId insert(NewArticle a) {
    return writes.insert(a);
  }

  @Override
  public void update(ArticleId id, NewArticle a) {
    writes.update(id, a);
  }

  @Override
  public void changeState(ArticleId id, ArticleState state, Instant at) {
    writes.changeState(id, state, at);
  }

  @Override
  public void lift(ArticleId id, Instant at) {
    writes.lift(id, at);
  }

  @Override
  public List<ArticleSummary> page(Listing listing, PageRequest request) {
    return listings.page(listing, request);
  }

  @Override
  public PageAt pageAt(Listing listing, PageRequest request) {
    return listings.pageAt(listing, request);
  }

  @Override
  public List<ArticleHeadline> headlines(Collection<ArticleId> ids) {
    return listings.headlines(ids);
  }

  @Override
  public List<ArticleHeadline> withSlug(String slug) {
    return listings.withSlug(slug);
  }

  @Override
  public java.util.Map<ArticleId, org.dateline.article.ArticleLine> lines(
      Collection<ArticleId> ids) {
    return lines.lines(ids);
  }

  @Override
  public List<ArticleSummary> publicSummaries(Collection<ArticleId> ids) {
    return listings.publicSummaries(ids);
  }

  @Override
  public org.dateline.article.ListedStories listedWithTranslations(
      Collection<ArticleId> ids, ArticleId story, Optional<String> sourceKey) {
    return jdbi.withHandle(h -> ListedWithTranslations.read(h, ids, story, sourceKey));
  }

  @Override
  public List<Appended> appendAll(List<NewArticle> articles) {
    return batches.append(articles);
  }

  @Override
  public List<RelatedCandidate> relatedCandidates(ArticleId id, int perList) {
    return related.candidates(id, perList);
  }

  @Override
  public Optional<Author> authorBySlug(String slug) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, slug, name FROM authors au WHERE slug = :slug AND EXISTS ("
                        + PUBLIC_LINK.formatted("article_bylines", "author_id", "au")
                        + ")")
                .bind("slug", slug)
                .map((r, c) -> new Author(r.getLong(1), r.getString(2), r.getString(3)))
                .findOne());
  }

  @Override
  public Optional<Tag> tagBySlug(String slug) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, slug, name FROM tags t WHERE slug = :slug AND EXISTS ("
                        + PUBLIC_LINK.formatted("article_tags", "tag_id", "t")
                        + ")")
                .bind("slug", slug)
                .map((r, c) -> new Tag(r.getLong(1), r.getString(2), r.getString(3)))
                .findOne());
  }

  @Override
  public long countPublic() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT COUNT(*) FROM articles WHERE state = 'published'")
                .mapTo(Long.class)
                .one());
  }

  @Override
  public List<Article> after(long afterId, int limit) {
    // No transaction: a change between the three reads is applied again by the rebuild's
    // catch-up from the change-log position it took before reading (and a write lock is not held).
    return jdbi.withHandle(h -> ArticleRows.after(h, afterId, limit));
  }

  @Override
  public long countAll() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM articles").mapTo(Long.class).one());
  }

  @Override
  public boolean showsPhoto(String src) {
    // The address as a LIKE pattern: '!' escapes the wildcards '_' and '%' and itself.
    String pattern = "%" + src.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "%";
    return jdbi.withHandle(
        h ->
            h.createQuery(
                        "SELECT COUNT(*) FROM articles WHERE state = 'published'"
                            + " AND (body LIKE :p ESCAPE '!' OR lead_photo LIKE :p ESCAPE '!')")
                    .bind("p", pattern)
                    .mapTo(Long.class)
                    .one()
                > 0);
  }

  @Override
  public List<PublishedCounts> publishedCounts(List<Instant> bounds) {
    String sql =
        "SELECT s.name AS section_name, "
            + IntervalCounts.columns("a.first_published_at", bounds)
            + """
             FROM articles a LEFT JOIN sections s ON s.id = a.section_id
            WHERE (a.state = 'published' OR (a.state = 'killed' AND a.embargo_until IS NULL)) AND \
            """
            + IntervalCounts.window("a.first_published_at", bounds)
            + """
             GROUP BY s.id, s.name, s.position
            ORDER BY CASE WHEN s.id IS NULL THEN 1 ELSE 0 END, s.position, s.id
            """;
    return jdbi.withHandle(
        h ->
            IntervalCounts.bind(h.createQuery(sql), bounds)
                .map(
                    (rs, ctx) ->
                        new PublishedCounts(
                            Optional.ofNullable(rs.getString("section_name")),
                            IntervalCounts.read(rs, bounds)))
                .list());
  }
}
