package org.dateline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * A signed-in newsroom user over real HTTP, as a browser would be: the session cookie kept, the
 * Origin of the site sent, and the CSRF token read from a page's hidden {@code csrf} input.
 */
public final class NewsroomClient {
  private final TestApp app;
  private final String cookie;
  private final String csrf;

  private NewsroomClient(TestApp app, String cookie, String csrf) {
    this.app = app;
    this.cookie = cookie;
    this.csrf = csrf;
  }

  /** Signs in through the login form; fails the test when that does not work. */
  public static NewsroomClient signIn(TestApp app, String email, String password) {
    HttpResponse<String> r =
        app.postForm(
            "/newsroom/login",
            form("email", email, "password", password, "next", "/newsroom/desk"));
    assertThat(r.statusCode()).as("sign-in of %s: %s", email, r.body()).isEqualTo(303);
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("dateline_session="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    NewsroomClient unsigned = new NewsroomClient(app, cookie, "");
    HttpResponse<String> desk = unsigned.get("/newsroom/desk");
    assertThat(desk.statusCode()).as("desk after sign-in: %s", desk.body()).isEqualTo(200);
    String csrf = Jsoup.parse(desk.body()).select("input[name=csrf]").first().attr("value");
    assertThat(csrf).isNotEmpty();
    return new NewsroomClient(app, cookie, csrf);
  }

  /** The session cookie, {@code dateline_session=...}. */
  public String cookie() {
    return cookie;
  }

  public String csrf() {
    return csrf;
  }

  public HttpResponse<String> get(String path) {
    return app.send(
        HttpRequest.newBuilder(URI.create(app.url(path))).header("Cookie", cookie).GET().build());
  }

  /** POSTs the form fields (name, value pairs) with this session's CSRF token. */
  public HttpResponse<String> post(String path, String... fields) {
    List<String> all = new ArrayList<>(List.of(fields));
    all.add("csrf");
    all.add(csrf);
    return postWithoutToken(path, all.toArray(String[]::new));
  }

  /**
   * POSTs the form fields without any CSRF token, as a forged cross-site form would (but from the
   * same origin).
   */
  public HttpResponse<String> postWithoutToken(String path, String... fields) {
    return app.postForm(path, form(fields), "Cookie", cookie);
  }

  /** An URL-encoded form body from name, value pairs. */
  public static String form(String... fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      b.append(b.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  /**
   * GETs where a redirect points, sending the cookies the redirect set (a confirmation's flash
   * cookie) with this session's, as a browser would.
   */
  public HttpResponse<String> follow(HttpResponse<?> redirect) {
    StringBuilder cookies = new StringBuilder(cookie);
    for (String set : redirect.headers().allValues("Set-Cookie")) {
      cookies.append("; ").append(set, 0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
    }
    return app.send(
        HttpRequest.newBuilder(URI.create(app.url(location(redirect).replaceFirst("#.*$", ""))))
            .header("Cookie", cookies.toString())
            .GET()
            .build());
  }

  /** The path of a redirect's Location header. */
  public static String location(HttpResponse<?> r) {
    return r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
  }
}
