package org.dateline.web.newsroom;

import java.util.List;
import org.dateline.web.newsroom.NewsroomModel.Frame;
import org.dateline.web.newsroom.NewsroomModel.Option;

/** Page models of the administrators' sections and users pages. */
public final class AdminModel {
  private AdminModel() {}

  /** A section in navigation order, with its public address. */
  public record SectionRow(
      long id,
      String name,
      String href,
      boolean first,
      boolean last,
      String visibility,
      List<Option> visibilities) {}

  public record SectionsPage(Frame frame, List<SectionRow> rows, int maxName) {}

  /**
   * An account in the users admin; {@code self} is the signed-in administrator, who cannot change
   * their own row here.
   */
  public record UserRow(
      long id,
      String email,
      String name,
      String role,
      List<Option> roles,
      boolean active,
      boolean self) {}

  /** The users admin; {@code password} is a generated password shown this once (else empty). */
  public record UsersPage(
      Frame frame,
      List<UserRow> rows,
      List<Option> roles,
      int minPassword,
      String notice,
      String passwordFor,
      String password) {}
}
