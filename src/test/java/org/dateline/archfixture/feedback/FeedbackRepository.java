package org.dateline.archfixture.feedback;

/** The feedback feature's port (fixture). */
public interface FeedbackRepository {
  void add(long articleId, String message);

  boolean isPublic(long articleId);
}
