package org.dateline;

import java.time.Clock;
import org.dateline.article.Articles;
import org.dateline.article.Directory;
import org.dateline.article.jdbi.ArticleTables;
import org.dateline.changelog.ChangeLog;
import org.dateline.changelog.jdbi.ChangeLogTables;
import org.dateline.curation.Curation;
import org.dateline.curation.jdbi.CurationTables;
import org.dateline.demo.DemoContent;
import org.dateline.edition.Editions;
import org.dateline.edition.jdbi.EditionTables;
import org.dateline.feedback.Feedbacks;
import org.dateline.feedback.jdbi.FeedbackTables;
import org.dateline.ingest.Ingest;
import org.dateline.readership.Readership;
import org.dateline.readership.jdbi.ReadershipTables;
import org.dateline.section.Sections;
import org.dateline.section.jdbi.SectionTables;
import org.dateline.storage.Database;
import org.dateline.storage.Transactions;

/**
 * The store and the public record's features, built first: every other part of {@link Wiring} takes
 * them.
 */
record StoreParts(
    Database database,
    Transactions transactions,
    Editions editions,
    Sections sections,
    ChangeLog changeLog,
    Articles articles,
    Directory directory,
    Feedbacks feedbacks,
    Curation curation,
    Ingest ingest,
    DemoContent demo,
    Readership readership) {

  /** Opens the store (applying its migrations) and builds the features over it. */
  static StoreParts open(Config config, Clock clock, Database.Patience patience) {
    var database = Database.open(config.dataDir(), config.database(), patience);
    var jdbi = database.jdbi();
    var editions = new Editions(EditionTables.repository(jdbi), clock);
    var sections = new Sections(SectionTables.repository(jdbi));
    var changeLog = new ChangeLog(ChangeLogTables.repository(jdbi), clock);
    var transactions = new Transactions(jdbi);
    var articles =
        new Articles(
            ArticleTables.repository(jdbi),
            ArticleTables.versions(jdbi),
            sections,
            changeLog,
            transactions,
            clock);
    var directory = new Directory(ArticleTables.directory(jdbi));
    var feedbacks = new Feedbacks(FeedbackTables.repository(jdbi), articles, clock);
    var curation = new Curation(CurationTables.repository(jdbi), articles);
    var ingest = new Ingest(articles, sections, editions);
    var demo = new DemoContent(articles, sections, ingest, editions, config.mediaDir());
    var readership = new Readership(ReadershipTables.views(jdbi), clock);
    return new StoreParts(
        database,
        transactions,
        editions,
        sections,
        changeLog,
        articles,
        directory,
        feedbacks,
        curation,
        ingest,
        demo,
        readership);
  }
}
