package org.dateline.backup;

/**
 * A backup or restore that cannot be done, with one line saying why (a target that is not empty, a
 * damaged file, a schema this build does not know); nothing was changed.
 */
public final class BackupRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BackupRefused(String message) {
    super(message);
  }

  public BackupRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
