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

  /** Makes {@code edition} the site's edition, before any page of the app is shown. */
  public static TestApp use(TestApp app, Edition edition) {
    app.wiring().editions().change(edition);
    return app;
  }
}
