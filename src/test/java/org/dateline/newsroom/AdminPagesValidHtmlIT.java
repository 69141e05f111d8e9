package org.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.article.Listing;
import org.dateline.article.PageRequest;
import org.dateline.feedback.Feedbacks;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.testing.HtmlValidator;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The Nu Html Checker on the dashboard (inline SVG charts), the feedback inbox, home page curation,
 * the users and sections admin and the account page, each with content in it.
 */
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class AdminPagesValidHtmlIT {
  @TempDir Path data;
  @TempDir Path pages;

  @Test
  void every_admin_page_is_valid_html() throws IOException {
    try (TestApp app = TestApp.start(data, true)) {
      User adminUser = Newsroom.user(app.wiring(), Role.ADMIN, "Ada Admin");
      Story story = Newsroom.written(app.wiring(), adminUser, "A story published today");
      long articleId =
          app.wiring()
              .workflow()
              .apply(story.id(), Request.of(Action.PUBLISH), adminUser)
              .articleId()
              .orElseThrow();
      app.wiring()
          .feedbacks()
          .submit(
              new Feedbacks.Submission(
                  articleId, "<script>alert(1)</script>\nline two", "", "10.1.1.1"));
      Story scheduled = Newsroom.written(app.wiring(), adminUser, "Scheduled for tomorrow");
      app.wiring()
          .workflow()
          .apply(
              scheduled.id(),
              new Request(
                  Action.SCHEDULE,
                  java.util.Optional.of(java.time.Instant.now().plusSeconds(86_400)),
                  ""),
              adminUser);
      var newest = app.wiring().articles().page(new Listing.All(), PageRequest.newest(3)).items();
      NewsroomClient admin = NewsroomClient.signIn(app, adminUser.email(), Newsroom.PASSWORD);
      admin.post(
          "/newsroom/home", "action", "add", "article", Long.toString(newest.get(1).id().value()));
      admin.post(
          "/newsroom/home", "action", "add", "article", Long.toString(newest.get(2).id().value()));

      Map<String, String> bodies = new LinkedHashMap<>();
      for (String path :
          List.of(
              "/newsroom",
              "/newsroom/feedback?state=all",
              "/newsroom/home",
              "/newsroom/sections",
              "/newsroom/users",
              "/newsroom/account")) {
        HttpResponse<String> r = admin.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        bodies.put(path, r.body());
      }
      HttpResponse<String> created =
          admin.post(
              "/newsroom/users",
              "email",
              "new@newsroom.test",
              "name",
              "New",
              "role",
              "reporter",
              "password",
              "");
      assertThat(created.statusCode()).isEqualTo(200);
      bodies.put("/newsroom/users (generated password)", created.body());
      bodies.put(
          "/newsroom/login?changed=password", app.get("/newsroom/login?changed=password").body());

      List<Path> files = new ArrayList<>();
      for (var e : bodies.entrySet()) {
        String name = e.getKey().replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        files.add(Files.writeString(pages.resolve(name + ".html"), e.getValue()));
      }
      List<HtmlValidator.Message> messages = HtmlValidator.check(files);

      List<HtmlValidator.Message> errors =
          messages.stream().filter(HtmlValidator.Message::isError).toList();
      messages.stream()
          .filter(m -> !m.isError())
          .forEach(m -> System.out.println("vnu warning " + m));
      assertThat(errors).as(HtmlValidator.report(errors)).isEmpty();
      assertThat(bodies.get("/newsroom")).contains("<svg").contains("<rect");
    }
  }
}
