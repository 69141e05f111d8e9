package org.dateline.newsroom.auth;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a newsroom user may do. Each role has a fixed set of permissions (least privilege). */
public enum Role {
  /** Writes and submits their own stories. */
  REPORTER(EnumSet.of(Permission.WRITE_OWN)),
  /**
   * Edits any story, publishes, schedules, embargoes, corrects, kills, curates, triages feedback.
   */
  EDITOR(
      EnumSet.of(
          Permission.WRITE_OWN,
          Permission.EDIT_ANY,
          Permission.PUBLISH,
          Permission.CURATE,
          Permission.TRIAGE)),
  /** Everything an editor does, and manages users and sections. */
  ADMIN(EnumSet.allOf(Permission.class));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = permissions;
  }

  public boolean can(Permission permission) {
    return permissions.contains(permission);
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role named by {@code code} (reporter, editor, admin), case-insensitive. */
  public static Role ofCode(String code) {
    for (Role r : values()) {
      if (r.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown role \"" + code + "\": use reporter, editor or admin");
  }
}
