package org.dateline.newsroom.workflow;

import java.time.Clock;
import java.util.List;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.editor.Revision;
import org.dateline.storage.Transactions;

/**
 * A story's versions: saving a new one (refusing a stale base), its history, one version, restoring
 * an old one, the audit trail. Behind {@link Stories}. Thread-safe (holds no state of its own).
 */
final class StoryVersions {
  private final StoryRepository repository;
  private final Presence presence;
  private final DraftFingerprints fingerprints;
  private final Transactions tx;
  private final Clock clock;

  StoryVersions(
      StoryRepository repository,
      Presence presence,
      DraftFingerprints fingerprints,
      Transactions tx,
      Clock clock) {
    this.repository = repository;
    this.presence = presence;
    this.fingerprints = fingerprints;
    this.tx = tx;
    this.clock = clock;
  }

  /** See {@link Stories#save}. */
  Story save(long id, int baseVersion, Draft draft, User user, String note) {
    return tx.inTransaction(
        () -> {
          if (!repository.lock(id)) {
            throw new StoryNotFound();
          }
          Story s = visible(id, user);
          EditRule.requireEditable(s, user);
          if (s.version() != baseVersion
              || !repository.saveVersion(
                  id,
                  baseVersion,
                  draft,
                  fingerprints.of(draft, s.edition()),
                  user.id(),
                  clock.instant(),
                  note)) {
            int newest = repository.byId(id).orElseThrow().version();
            Revision current = repository.revision(id, newest).orElseThrow();
            Revision base = repository.revision(id, baseVersion).orElse(current);
            throw new StaleVersion(base, current, draft);
          }
          presence.opened(id, user);
          return repository.byId(id).orElseThrow();
        });
  }

  /** Makes an old version the newest one (a new version with the old content). */
  Story restore(long id, int version, User user) {
    Story s = visible(id, user);
    Revision old = revision(id, version);
    return save(id, s.version(), old.draft(), user, "restored version " + version);
  }

  List<Revision> history(long id, User user) {
    visible(id, user);
    return repository.revisions(id);
  }

  Revision revision(long id, int version, User user) {
    visible(id, user);
    return revision(id, version);
  }

  List<AuditEntry> auditTrail(long id, User user) {
    visible(id, user);
    return repository.auditTrail(id);
  }

  private Revision revision(long id, int version) {
    return repository
        .revision(id, version)
        .orElseThrow(() -> new WorkflowRefused("No version " + version + "."));
  }

  private Story visible(long id, User user) {
    return EditRule.visible(repository.byId(id).orElseThrow(() -> new StoryNotFound()), user);
  }
}
