package org.dateline.archfixture.feedback;

import org.dateline.archfixture.section.SectionRepository;

/** Breaks "only a feature's facade and adapter use its ports": feedback uses SectionRepository. */
public final class Feedbacks {
  private final FeedbackRepository repository;
  private final SectionRepository sections;

  public Feedbacks(FeedbackRepository repository, SectionRepository sections) {
    this.repository = repository;
    this.sections = sections;
  }

  public void submit(long articleId, String message) {
    if (repository.isPublic(articleId) && !sections.names().isEmpty()) {
      repository.add(articleId, message);
    }
  }
}
