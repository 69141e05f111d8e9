package org.dateline.distribution.feeds;

/** How much of each story a feed carries (an edition setting). */
public enum FeedContent {
  /** The whole body as HTML, and the summary. */
  FULL_TEXT,
  /** The summary only (or, without one, the first paragraph); readers follow the link. */
  SUMMARY
}
