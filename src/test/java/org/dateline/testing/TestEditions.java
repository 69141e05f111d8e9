package org.dateline.testing;

import java.time.ZoneId;
import org.dateline.edition.Edition;

/**
 * Editions in other languages for the interface-word and right-to-left tests: the single edition of
 * today's site, set to Arabic or Korean with that language's usual date pattern (decision 0069).
 */
public final class TestEditions {
  private TestEditions() {}

  /** Arabic, written right to left; dates with Arabic month names and Latin digits. */
  public static final Edition ARABIC =
      new Edition("Dateline", "ar", ZoneId.of("Asia/Seoul"), "d MMMM yyyy HH:mm");

  /** Korean, as the agency's Korean site writes its dates. */
  public static final Edition KOREAN =
      new Edition("Dateline", "ko", ZoneId.of("Asia/Seoul"), "yyyy년 MM월 dd일 HH:mm");

  /**
   * Makes {@code edition} the site's only edition in use, before any page of the app is shown: it
   * is added as the default edition (served at {@code /}, decision 0068), and the test store's
   * stories and sections move into it, so every public template shows them in its words.
   */
  public static TestApp use(TestApp app, Edition edition) {
    var editions = app.wiring().editions();
    Edition added =
        editions.add(
            new Edition(
                edition.siteName(),
                edition.language(),
                edition.zone(),
                edition.datePattern(),
                edition.feedText(),
                Edition.ownName(edition.language()),
                edition.language().toLowerCase(java.util.Locale.ROOT),
                java.util.Optional.empty(),
                edition.datelineStyle(),
                Edition.Direction.of(org.dateline.web.site.Direction.of(edition.language())),
                1,
                false));
    editions.set(
        new Edition(
            added.siteName(),
            added.language(),
            added.zone(),
            added.datePattern(),
            added.feedText(),
            added.name(),
            added.prefix(),
            added.host(),
            added.datelineStyle(),
            added.direction(),
            added.position(),
            true));
    String code = added.code();
    app.wiring()
        .database()
        .jdbi()
        .useTransaction(
            h -> {
              for (String table : java.util.List.of("articles", "sections", "stories")) {
                h.createUpdate("UPDATE " + table + " SET edition = :code")
                    .bind("code", code)
                    .execute();
              }
            });
    // The search index names each story's edition (decision 0077): rebuild it for the move, which
    // a real store never makes (a story's edition never changes).
    app.wiring().reindex().run(p -> {});
    return app;
  }
}
