package org.dateline.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.Users;

/**
 * One demo account per role. Each start of {@code serve --demo} gives them fresh random passwords
 * (printed once), so a demo never runs with a password known in advance.
 */
public final class DemoUsers {
  private final Users users;

  public DemoUsers(Users users) {
    this.users = users;
  }

  /** A demo account and its password for this run. */
  public record Credentials(Role role, String email, String password) {}

  public List<Credentials> ensure() {
    List<Credentials> out = new ArrayList<>();
    for (Role role : Role.values()) {
      String email = role.code() + "@dateline.test";
      String password = users.generatePassword();
      var existing = users.byEmail(email);
      if (existing.isPresent()) {
        users.resetPassword(existing.get().id(), password);
      } else {
        String name =
            "Demo "
                + role.code().substring(0, 1).toUpperCase(Locale.ROOT)
                + role.code().substring(1);
        users.add(email, name, role, password);
      }
      out.add(new Credentials(role, email, password));
    }
    return out;
  }
}
