package org.dateline.newsroom.workflow;

import java.util.List;
import org.dateline.newsroom.editor.Draft;

/**
 * Port: the newsroom stories without a stored draft fingerprint (rows of a store older than V35, or
 * of an older build's {@code generate}), and the conditional write that fills them (decision 0132).
 */
public interface MissingFingerprints {
  /**
   * Up to {@code limit} stories without a fingerprint whose id is below {@code beforeId}, newest
   * (highest id) first — the desk lists the newest first, so its first pages are filled first —
   * each read as it is now (outside any transaction: a read takes no write lock).
   */
  List<Unfingerprinted> before(long beforeId, int limit);

  /**
   * Writes each fingerprint, all in one short transaction, only where the story is still at the
   * version read and still has none: a save or a publish since the read (which writes its own
   * fingerprint, or none for a draft that cannot be published) is never overwritten. Returns how
   * many rows were written.
   */
  int fill(List<Fingerprinted> rows);

  /** A story without a fingerprint, as read: its id, version, edition and draft. */
  record Unfingerprinted(long id, int version, String edition, Draft draft) {}

  /** The fingerprint of a story's draft at a version. */
  record Fingerprinted(long id, int version, String fingerprint) {}
}
