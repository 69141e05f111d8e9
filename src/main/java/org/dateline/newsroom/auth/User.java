package org.dateline.newsroom.auth;

/** A newsroom account. The password hash never leaves the auth package's repository. */
public record User(long id, String email, String name, Role role, boolean active) {
  public boolean can(Permission permission) {
    return active && role.can(permission);
  }
}
