package org.dateline.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Block;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.auth.Users;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Workflow;

/**
 * A few stories in the newsroom for the demo desk: a reporter's draft, a story waiting for the
 * desk, and one scheduled for later. Made once; a desk that has stories is left alone.
 */
public final class DemoNewsroom {
  private final Users users;
  private final Stories stories;
  private final Workflow workflow;
  private final Clock clock;

  public DemoNewsroom(Users users, Stories stories, Workflow workflow, Clock clock) {
    this.users = users;
    this.stories = stories;
    this.workflow = workflow;
    this.clock = clock;
  }

  public void ensure() {
    if (stories.countsByStage().values().stream().mapToInt(Integer::intValue).sum() > 0) {
      return;
    }
    User reporter = users.byEmail("reporter@dateline.test").orElseThrow();
    User editor = users.byEmail("editor@dateline.test").orElseThrow();
    write(
        reporter,
        draft(
            reporter,
            "Night market vendors return to riverside after winter break",
            "National",
            "Food stalls lined the riverbank again on Saturday evening as the city's night market reopened for the season.",
            "Organisers said about 80 vendors had registered, slightly more than last year."));
    var submitted =
        write(
            reporter,
            draft(
                reporter,
                "Regional airports add routes as travel demand recovers",
                "Economy",
                "Three regional airports will add international routes from next month, transport officials said Monday.",
                "The new routes connect to cities in Japan and Southeast Asia."));
    workflow.apply(submitted, Workflow.Request.of(Action.SUBMIT), reporter);
    var scheduled =
        write(
            editor,
            draft(
                editor,
                "Weekly outlook: what to watch in markets next week",
                "Economy",
                "Investors will watch inflation data and a central bank speech in the week ahead.",
                "Analysts expect trading to stay cautious before the data."));
    workflow.apply(
        scheduled,
        new Workflow.Request(
            Action.SCHEDULE, Optional.of(clock.instant().plus(Duration.ofDays(1))), ""),
        editor);
  }

  private long write(User author, Draft draft) {
    var story = stories.create(author);
    return stories.save(story.id(), story.version(), draft, author, "demo").id();
  }

  private static Draft draft(
      User author, String headline, String section, String first, String second) {
    return new Draft(
        headline,
        first,
        section,
        List.of(author.name()),
        "SEOUL",
        "",
        "Dateline",
        List.of(new Block.Paragraph(first), new Block.Paragraph(second)),
        List.of(),
        5);
  }
}
