package org.dateline.newsroom.auth;

/** One thing a role allows. */
public enum Permission {
  /** Create stories and edit and submit one's own drafts. */
  WRITE_OWN,
  /** Edit any story. */
  EDIT_ANY,
  /** Publish, schedule, embargo, update, correct and kill. */
  PUBLISH,
  /** Choose and order the home page's top stories. */
  CURATE,
  /** Read and triage reader feedback. */
  TRIAGE,
  /** Manage users and sections. */
  ADMINISTER
}
