package org.dateline.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;

/**
 * The problems found in a hostile-input journey through the newsroom, collected so that one run
 * reports them all: every answer checked against the payloads it may carry (no markup, no leak, no
 * 5xx, the security headers, {@code Cache-Control: no-store} on newsroom pages), the text pages
 * show where the journey expects it, and the status each step needs. A page that carries several
 * payloads (a list of the stories of a batch) is scanned once for all of them; each payload still
 * counts as checked, so {@link #checked()} says how many payload answers were looked at.
 */
public final class HostileAnswers {
  private final List<String> problems = new ArrayList<>();
  private int checked;
  private String lastChecked = "";

  /** Checks an answer that may carry any of {@code payloads}; returns it. */
  public HttpResponse<String> check(
      String what, HttpResponse<String> r, Collection<String> payloads) {
    check(
        what,
        r.statusCode(),
        r.body(),
        name -> r.headers().firstValue(name).orElse(null),
        r.uri().getPath(),
        payloads);
    return r;
  }

  /** Checks an answer that may carry {@code payload}; returns it. */
  public HttpResponse<String> check(String what, HttpResponse<String> r, String payload) {
    return check(what, r, List.of(payload));
  }

  /** Checks a raw answer to a request for {@code path} that carried {@code payload}. */
  public void check(String what, RawHttp.Response r, String path, String payload) {
    check(what, r.status(), r.text(), r::header, path, List.of(payload));
  }

  private void check(
      String what,
      int status,
      String body,
      Function<String, String> header,
      String path,
      Collection<String> payloads) {
    checked += payloads.size();
    lastChecked = what;
    String where = what + " (" + status + ")";
    if (status >= 500) {
      problems.add(where + ": a server error: " + body.substring(0, Math.min(300, body.length())));
    }
    String type = String.valueOf(header.apply("Content-Type"));
    if (type.startsWith("text/html")) {
      NewsroomScan.findings(body, payloads).forEach(f -> problems.add(where + ": " + f));
    } else if (body.contains("<script") || body.contains("onerror=")) {
      problems.add(
          where
              + ": markup in a "
              + type
              + " answer: "
              + body.substring(0, Math.min(300, body.length())));
    }
    if (status >= 400) {
      // In what the page shows: the newsroom's forms have <select> elements, which are no SQL.
      String shown = type.startsWith("text/html") ? Jsoup.parse(body).text() : body;
      HostileInput.leaks(shown, String.join("\n", payloads))
          .forEach(l -> problems.add(where + ": leak " + l));
    }
    HostileInput.securityHeaderProblems(header).forEach(h -> problems.add(where + ": " + h));
    if (path.startsWith("/newsroom")
        && !String.valueOf(header.apply("Cache-Control")).contains("no-store")) {
      problems.add(where + ": Cache-Control is " + header.apply("Cache-Control"));
    }
  }

  /**
   * The text a page shows, where the journey expects it (a mismatch may mean markup broke the
   * page).
   */
  public void shows(String what, String actual, String expected) {
    if (!actual.equals(expected)) {
      problems.add(what + ": shows \"" + actual + "\" instead of \"" + expected + "\"");
    }
  }

  /**
   * The journey depends on each step: a wrong status ends the test, with the problems found so far.
   */
  public HttpResponse<String> expect(int status, HttpResponse<String> r) {
    if (r.statusCode() != status) {
      String text = Jsoup.parse(r.body()).text();
      throw new AssertionError(
          lastChecked
              + ": "
              + r.request().method()
              + " "
              + r.uri()
              + " answered "
              + r.statusCode()
              + ", expected "
              + status
              + ": "
              + text.substring(0, Math.min(400, text.length()))
              + "\n"
              + report());
    }
    return r;
  }

  /** How many payload answers were checked (a page carrying five payloads counts five). */
  public int checked() {
    return checked;
  }

  /** The problems found, empty when there were none. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** The count and the first 80 problems, for a failure message. */
  public String report() {
    return problems.size()
        + " problem(s):\n"
        + String.join("\n", problems.subList(0, Math.min(80, problems.size())));
  }
}
