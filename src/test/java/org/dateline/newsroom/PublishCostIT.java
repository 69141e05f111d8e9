package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.search.Search;
import org.dateline.search.SearchQuery;
import org.dateline.testing.Newsroom;
import org.dateline.testing.SqlCapture;
import org.dateline.testing.TestApp;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * What a publish from the editor asks of the store on the thread that answers the editor (decision
 * 0104, 0110): one transaction (one commit, one fsync on SQLite) and a bounded number of
 * statements, the change log's followers included; the index's own commit is left to its thread,
 * and the story is searchable all the same when the publish returns. On both stores.
 */
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class PublishCostIT {
  /**
   * The statements of a publish with an edit, after-commit followers included, plus one: 36 when
   * written (decision 0104), 34 since a change no longer reads the change log's end before and
   * after it (decision 0110). One more is a change to look at; many more is a loop of statements.
   */
  private static final int MAX_STATEMENTS = 35;

  @TempDir Path data;

  @Test
  void a_publish_with_its_edit_is_one_transaction_of_a_bounded_number_of_statements() {
    try (TestApp app = TestApp.start(data, false)) {
      Wiring w = app.wiring();
      Jdbi jdbi = w.database().jdbi();
      User editor = Newsroom.user(w, Role.EDITOR, "Cost Counter");
      // A first publish makes the section shown and warms what a server has warm
      publish(w, Newsroom.written(w, editor, "Ferry timetable approved"), editor, "Ferries sail");

      Story story = Newsroom.written(w, editor, "서울 항구 시간표");
      Workflow.Outcome out;
      List<String> statements;
      int commits;
      try (SqlCapture sql = SqlCapture.of(jdbi);
          Commits counted = Commits.of(jdbi)) {
        out = publish(w, story, editor, "Vontrelle harbour timetable: evening sailings added");
        statements = sql.statements();
        commits = counted.count();
      }

      System.out.printf(
          "a publish with its edit: %d statements, %d commit(s)%n", statements.size(), commits);
      assertThat(out.refused()).as(out.refusal()).isFalse();
      assertThat(commits).as("commits of the publish").isEqualTo(1);
      assertThat(statements).as(String.join("\n", statements)).hasSizeLessThan(MAX_STATEMENTS);
      // The index's commit is not waited for, its update is: the story is found at once
      Search search = w.search();
      assertThat(search).isNotNull();
      assertThat(search.find(SearchQuery.reader("vontrelle")).results().total()).isEqualTo(1);
    }
  }

  private static Workflow.Outcome publish(Wiring w, Story s, User editor, String headline) {
    Draft edited = Newsroom.completeDraft(headline, "National");
    return w.workflow()
        .act(
            s.id(),
            Optional.of(new Workflow.Edit(s.version(), edited)),
            Workflow.Request.of(Action.PUBLISH),
            editor);
  }

  /** Counts the transactions committed on the calling thread while open. */
  private static final class Commits implements AutoCloseable {
    private final Jdbi jdbi;
    private final TransactionHandler original;
    private final Thread thread = Thread.currentThread();
    private final AtomicInteger count = new AtomicInteger();

    private Commits(Jdbi jdbi) {
      this.jdbi = jdbi;
      this.original = jdbi.getTransactionHandler();
      jdbi.setTransactionHandler(new Counting(original));
    }

    static Commits of(Jdbi jdbi) {
      return new Commits(jdbi);
    }

    int count() {
      return count.get();
    }

    @Override
    public void close() {
      jdbi.setTransactionHandler(original);
    }

    private final class Counting extends DelegatingTransactionHandler {
      Counting(TransactionHandler delegate) {
        super(delegate);
      }

      @Override
      public TransactionHandler specialize(Handle handle) throws java.sql.SQLException {
        return new Counting(getDelegate().specialize(handle));
      }

      @Override
      public void commit(Handle handle) {
        getDelegate().commit(handle);
        if (Thread.currentThread() == thread) {
          count.incrementAndGet();
        }
      }
    }
  }
}
