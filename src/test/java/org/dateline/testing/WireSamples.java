package org.dateline.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleState;
import org.dateline.article.Author;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.article.Tag;
import org.dateline.distribution.WireSite;
import org.dateline.section.Section;

/**
 * Stories for the wire's format tests: one that has everything (photos in several renditions, a
 * photo without its image, a correction, names in Korean, Japanese and Arabic, a headline with
 * {@code <} and {@code &}, markup the allow-list must drop), and its embargoed, killed and Arabic
 * variants. Fixed times, so golden files stay stable.
 */
public final class WireSamples {
  public static final WireSite SITE =
      new WireSite("Dateline", "news.example", "2026", "https://news.example");

  public static final Instant FIRST = Instant.parse("2022-02-04T13:05:00Z");
  public static final Instant UPDATED = Instant.parse("2022-02-04T15:30:00Z");
  public static final Instant CORRECTED = Instant.parse("2022-02-04T15:30:00Z");
  public static final Instant EMBARGO = Instant.parse("2022-02-05T00:00:00Z");

  public static final String HEADLINE = "Seoul & Tokyo agree on <quota> rules as chip exports slow";

  private WireSamples() {}

  /** A published, corrected story with every kind of block, photo and name. */
  public static Article everything() {
    return article(content("en"), ArticleState.PUBLISHED, Optional.empty(), 3);
  }

  /** The same story under embargo until {@link #EMBARGO}. */
  public static Article embargoed() {
    return new Article(
        new ArticleId(4243),
        "seoul-tokyo-agree-on-quota-rules-as-chip-exports-slow",
        content("en"),
        Optional.of(new Section(3, "economy", "Economy", 3)),
        authors(),
        tags(),
        ArticleState.EMBARGOED,
        EMBARGO,
        Optional.empty(),
        1,
        Optional.of("story:77"),
        Optional.of(EMBARGO),
        Optional.empty());
  }

  /** The story after a kill. */
  public static Article killed() {
    return article(content("en"), ArticleState.KILLED, Optional.empty(), 3);
  }

  /** The story in an Arabic edition (right to left). */
  public static Article arabic() {
    ArticleContent en = content("ar");
    ArticleContent ar =
        new ArticleContent(
            "اتفاق سيول وطوكيو على قواعد الحصص مع تباطؤ صادرات الرقائق",
            "قال مسؤولون إن الاتفاق يشمل أشباه الموصلات.",
            "ar",
            en.section(),
            List.of("ليلى حسن"),
            Optional.of(new Dateline("سيول", "3 فبراير", "دايتلاين")),
            List.of(
                new Block.Paragraph("قال المسؤولون إن <b>الاتفاق</b> سيبدأ الشهر المقبل."),
                en.body().get(5)),
            List.of("أشباه الموصلات"),
            2);
    return new Article(
        new ArticleId(4244),
        "story",
        ar,
        Optional.of(new Section(3, "economy", "Economy", 3)),
        List.of(new Author(3, "laila-hassan", "ليلى حسن")),
        List.of(new Tag(7, "semiconductors-ar", "أشباه الموصلات")),
        ArticleState.PUBLISHED,
        FIRST,
        Optional.empty(),
        1,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static Article article(
      ArticleContent content, ArticleState state, Optional<Instant> embargo, int version) {
    return new Article(
        new ArticleId(4242),
        "seoul-tokyo-agree-on-quota-rules-as-chip-exports-slow",
        content,
        Optional.of(new Section(3, "economy", "Economy", 3)),
        authors(),
        tags(),
        state,
        FIRST,
        Optional.of(UPDATED),
        version,
        Optional.of("story:76"),
        embargo,
        Optional.of(
            new Article.Correction(
                "An earlier version misstated the quota as 10 percent; it is 12 percent.",
                CORRECTED)));
  }

  private static List<Author> authors() {
    return List.of(
        new Author(1, "kim-min-jun", "김민준"),
        new Author(2, "yamada-taro", "山田太郎"),
        new Author(3, "laila-hassan", "ليلى حسن"),
        new Author(4, "zoe-angstrom", "Zoë Ångström"));
  }

  private static List<Tag> tags() {
    return List.of(
        new Tag(1, "semiconductors", "Semiconductors"),
        new Tag(2, "seoul", "서울"),
        new Tag(3, "trade-r-d", "Trade & R&D <policy>"));
  }

  private static ArticleContent content(String language) {
    return new ArticleContent(
        HEADLINE,
        "Officials said the <b>quota</b> deal covers memory chips & wafers; \"talks\" go on.",
        language,
        "Economy",
        List.of("김민준", "山田太郎", "ليلى حسن", "Zoë Ångström"),
        Optional.of(new Dateline("SEOUL", "Feb. 4", "Dateline")),
        List.of(
            new Block.Paragraph(
                "South Korea and Japan agreed on <b>new quota rules</b> for <i>chip</i> exports,"
                    + " the <a href=\"https://example.org/report?a=1&amp;b=2\">trade report</a>"
                    + " said.<script>alert('x')</script><img src=x onerror=alert(1)>"),
            new Block.Heading("What changes for <exporters> & buyers"),
            new Block.Quote("It is a first step, not the last.", "Yamada Taro (山田太郎)"),
            new Block.Photo(
                "/media/port-container-ship-1a2b3c4d5e.jpg",
                "/media/port-container-ship-600-9f8e7d6c5b.jpg 600w,"
                    + " /media/port-container-ship-1a2b3c4d5e.jpg 1200w",
                1200,
                675,
                "A container ship at the port of Busan at dusk",
                "Containers wait at Busan's new port on Feb. 3.",
                "Dateline / 김민준"),
            new Block.ListBlock(true, List.of("Quotas start in March", "Reviews every <6> months")),
            new Block.Photo(
                "/media/photo-0a1b2c3d4e-640.png",
                "",
                640,
                480,
                "A chart of monthly chip exports, falling since October",
                "",
                ""),
            new Block.ListBlock(false, List.of("DRAM", "NAND & wafers")),
            new Block.Photo("", "", 0, 0, "A photo that arrived without its file", "Lost", ""),
            new Block.Paragraph("Talks continue in Tokyo next week, said 山田太郎 and 김민준.")),
        List.of("Semiconductors", "서울", "Trade & R&D <policy>"),
        2);
  }
}
