package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.Axe;
import org.dateline.testing.Browser;
import org.dateline.testing.HostileInput;
import org.dateline.testing.HtmlValidator;
import org.dateline.testing.InjectionScan;
import org.dateline.testing.PublicTemplates;
import org.dateline.testing.RawHttp;
import org.dateline.testing.TestApp;
import org.dateline.web.SecurityHeaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The gates themselves: the real article page with three deliberate regressions (a photo without
 * alt text, an inline script, a field rendered unescaped) goes through the same checker code as the
 * public pages, and each gate must fail on it. The clean page must pass, so a failure here means a
 * gate went blind, not that the page changed.
 */
@ResourceLock(Browser.LOCK)
class GatesIT {
  private static final String PAYLOAD = "<img src=x onerror=window.__xss=1>";
  private static TestApp app;
  private static Javalin regressions;
  private static Browser browser;
  private static String clean;
  private static String broken;

  @BeforeAll
  static void start(@TempDir Path data) {
    app = TestApp.start(data, true);
    clean = app.get(PublicTemplates.articlePath(app, 1)).body();
    broken = breakPage(clean);
    regressions = serve(app);
    browser = Browser.shared();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (regressions != null) {
      regressions.stop();
    }
    if (app != null) {
      app.close();
    }
  }

  /** The three regressions, each as a template change would make them. */
  static String breakPage(String html) {
    String noAlt =
        html.replaceFirst("(<figure class=\"photo\">\\s*<img [^>]*?) alt=\"[^\"]*\"", "$1");
    String inlineScript =
        noAlt.replace("</head>", "<script>window.__xss='inline script ran'</script>\n</head>");
    String unescaped =
        inlineScript.replaceFirst(
            "(<article class=\"article\"[^>]*>\\s*<header class=\"article-head\">\\s*<h1>)[^<]*",
            "$1" + PAYLOAD);
    assertThat(unescaped).as("all three regressions were applied").isNotEqualTo(inlineScript);
    assertThat(inlineScript).isNotEqualTo(noAlt);
    assertThat(noAlt).isNotEqualTo(html);
    return unescaped;
  }

  @Test
  void axe_fails_on_a_photo_without_alt_text() {
    browser.width(1280).open(url("/clean"));
    assertThat(Axe.run(browser)).as("the clean page passes").isEmpty();

    browser.open(url("/broken"));
    List<Axe.Violation> violations = Axe.run(browser);

    assertThat(violations).extracting(Axe.Violation::rule).contains("image-alt");
  }

  @Test
  void the_html_checker_fails_on_a_photo_without_alt_text(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("clean.html"), clean);
    Path bad = Files.writeString(dir.resolve("broken.html"), broken);

    List<HtmlValidator.Message> errors = HtmlValidator.errors(List.of(good, bad));

    assertThat(errors)
        .allMatch(m -> m.file().endsWith("broken.html"), "only the broken page has errors");
    assertThat(errors).extracting(HtmlValidator.Message::message).anyMatch(m -> m.contains("alt"));
  }

  @Test
  void the_injection_scan_fails_on_an_inline_script_and_an_unescaped_field() {
    assertThat(InjectionScan.findings(clean)).isEmpty();

    List<String> findings = InjectionScan.findings(broken, PAYLOAD);

    assertThat(findings).anyMatch(f -> f.startsWith("script that is not the site's own"));
    assertThat(findings).anyMatch(f -> f.startsWith("event handler onerror"));
    assertThat(findings).anyMatch(f -> f.startsWith("payload verbatim"));
  }

  @Test
  void the_browser_sees_the_blocked_inline_script_and_the_injected_handler() {
    browser.width(1280).open(url("/clean"));
    assertThat(InjectionScan.inBrowser(browser, "clean")).isEmpty();

    browser.open(url("/broken"));
    List<String> signs = InjectionScan.inBrowser(browser, "broken");

    assertThat(signs).anyMatch(s -> s.contains("foreign script"));
    assertThat(signs).anyMatch(s -> s.contains("event handler onerror"));
    assertThat(signs)
        .as("the CSP blocked the inline script and said so")
        .anyMatch(s -> s.contains("inline script violates the following Content Security Policy"));
  }

  @Test
  void without_the_content_security_policy_the_injected_script_runs_and_is_caught() {
    browser.width(1280).open(url("/broken-without-csp"));

    List<String> signs = InjectionScan.inBrowser(browser, "no CSP");

    assertThat(signs).anyMatch(s -> s.contains("window.__xss was set"));
  }

  @Test
  void the_header_check_fails_without_headers_or_with_unsafe_inline() {
    assertThat(
            HostileInput.securityHeaderProblems(RawHttp.get(regressions.port(), "/clean")::header))
        .isEmpty();

    assertThat(
            HostileInput.securityHeaderProblems(
                RawHttp.get(regressions.port(), "/broken-without-csp")::header))
        .anyMatch(p -> p.startsWith("no Content-Security-Policy"))
        .anyMatch(p -> p.startsWith("X-Content-Type-Options"))
        .anyMatch(p -> p.startsWith("Referrer-Policy"));
    assertThat(
            HostileInput.securityHeaderProblems(
                RawHttp.get(regressions.port(), "/unsafe-inline")::header))
        .anyMatch(p -> p.startsWith("CSP allows inline"));
  }

  @Test
  void the_leak_check_fails_on_a_stack_trace() {
    String body = RawHttp.get(regressions.port(), "/stack-trace").text();

    assertThat(HostileInput.leaks(body)).isNotEmpty();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + regressions.port() + path;
  }

  /** A stand-in server for the regressions; everything else is fetched from the real app. */
  private static Javalin serve(TestApp app) {
    HttpClient http = HttpClient.newHttpClient();
    return Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.routes.get(
                  "/clean",
                  ctx ->
                      html(
                          ctx.header("Content-Security-Policy", SecurityHeaders.CSP), clean, true));
              cfg.routes.get("/broken", ctx -> html(ctx, broken, true));
              cfg.routes.get("/broken-without-csp", ctx -> html(ctx, broken, false));
              cfg.routes.get(
                  "/unsafe-inline",
                  ctx -> {
                    html(ctx, clean, true);
                    ctx.header(
                        "Content-Security-Policy",
                        SecurityHeaders.CSP.replace(
                            "script-src 'self'", "script-src 'self' 'unsafe-inline'"));
                  });
              cfg.routes.get(
                  "/stack-trace",
                  ctx ->
                      ctx.status(500)
                          .result(
                              "java.lang.IllegalStateException: SQLITE_BUSY\n\tat org.dateline.storage.Database.open(Database.java:42)"));
              cfg.routes.get(
                  "/<path>",
                  ctx -> {
                    HttpResponse<byte[]> r =
                        http.send(
                            HttpRequest.newBuilder(URI.create(app.url(ctx.path()))).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    SecurityHeaders.apply(ctx);
                    ctx.status(r.statusCode())
                        .contentType(
                            r.headers()
                                .firstValue("Content-Type")
                                .orElse("application/octet-stream"))
                        .result(r.body());
                  });
            })
        .start("127.0.0.1", 0);
  }

  private static void html(Context ctx, String body, boolean headers) {
    if (headers) {
      SecurityHeaders.apply(ctx);
    }
    ctx.contentType("text/html; charset=utf-8").result(body);
  }
}
