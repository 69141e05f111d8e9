package org.dateline.testing;

import java.util.List;
import java.util.Locale;
import org.dateline.Wiring;
import org.dateline.article.Block;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Story;

/** Builders for newsroom tests: users with a known password and complete drafts. */
public final class Newsroom {
  public static final String PASSWORD = "correct horse battery staple";

  private Newsroom() {}

  public static User user(Wiring w, Role role, String name) {
    String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@newsroom.test";
    return w.users().byEmail(email).orElseGet(() -> w.users().add(email, name, role, PASSWORD));
  }

  public static Draft completeDraft(String headline, String section) {
    return new Draft(
        headline,
        "A summary.",
        section,
        List.of("Test Reporter"),
        "SEOUL",
        "Feb. 5",
        "Dateline",
        List.of(
            new Block.Paragraph("The first paragraph."),
            new Block.Paragraph("The second paragraph.")),
        List.of("testing"),
        5);
  }

  /**
   * A new story by {@code author} with a complete draft saved, in the section National (which an
   * administrator adds when it is missing: stories only choose among existing sections).
   */
  public static Story written(Wiring w, User author, String headline) {
    w.sections().ensure("National");
    Story s = w.stories().create(author);
    return w.stories().save(s.id(), s.version(), completeDraft(headline, "National"), author, "");
  }
}
