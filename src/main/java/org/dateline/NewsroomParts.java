package org.dateline;

import java.time.Clock;
import java.time.Duration;
import org.dateline.newsroom.auth.PasswordHasher;
import org.dateline.newsroom.auth.Users;
import org.dateline.newsroom.auth.jdbi.AuthTables;
import org.dateline.newsroom.workflow.Desk;
import org.dateline.newsroom.workflow.FingerprintFill;
import org.dateline.newsroom.workflow.Scheduler;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.StoryNotes;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.newsroom.workflow.jdbi.StoryTables;
import org.dateline.storage.Lease;
import org.dateline.translation.Translations;
import org.dateline.translation.jdbi.TranslationTables;

/** The newsroom's features: accounts, stories, the desk, notes, the workflow, translations. */
record NewsroomParts(
    Users users,
    Stories stories,
    Desk desk,
    StoryNotes notes,
    Workflow workflow,
    Translations translations,
    Scheduler scheduler,
    FingerprintFill fingerprintFill) {

  /** Builds them over the store; {@code node} names this process for the scheduler's lease. */
  static NewsroomParts build(
      StoreParts store, PasswordHasher.Cost passwords, String node, Clock clock) {
    var database = store.database();
    var jdbi = database.jdbi();
    var transactions = store.transactions();
    var articles = store.articles();
    var editions = store.editions();
    var users =
        new Users(
            AuthTables.users(jdbi),
            AuthTables.throttle(jdbi),
            new PasswordHasher(passwords),
            transactions,
            clock);
    var storyRepository = StoryTables.repository(jdbi);
    var stories = new Stories(storyRepository, articles, editions, transactions, clock);
    var desk = new Desk(StoryTables.desk(jdbi), clock);
    var notes =
        new StoryNotes(StoryTables.notes(jdbi), storyRepository, stories, transactions, clock);
    var workflow =
        new Workflow(storyRepository, stories, articles, editions, transactions, clock, notes);
    var translations =
        new Translations(
            stories, editions, TranslationTables.notices(database.jdbi()), transactions, clock);
    workflow.onAction(translations::followed);
    // Of several nodes on one store, the one holding the lease publishes (decision 0051).
    var scheduler =
        new Scheduler(
            storyRepository,
            workflow,
            clock,
            new Lease(jdbi, Scheduler.LEASE, node, Duration.ofSeconds(10), clock));
    // the stories without a stored draft fingerprint, filled by serve and `dateline fingerprints`
    var fill = new FingerprintFill(StoryTables.missingFingerprints(jdbi), stories);
    return new NewsroomParts(users, stories, desk, notes, workflow, translations, scheduler, fill);
  }
}
