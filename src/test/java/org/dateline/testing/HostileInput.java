package org.dateline.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The hostile-input corpus and the checks every answer to it must pass: no leak of internals in the
 * body, and the security headers. Used by the hostile-input gates and the gates' own test.
 */
public final class HostileInput {
  /** SQL metacharacters: parameters are bound, so these are just odd text or an invalid value. */
  public static final List<String> SQL =
      List.of(
          "' OR 1=1 --",
          "' OR '1'='1",
          "\"; DROP TABLE articles;--",
          "1; DELETE FROM feedback",
          "1 UNION SELECT name, sql FROM sqlite_master--",
          "') OR ('a'='a",
          "%' AND 1=0 UNION SELECT * FROM settings --",
          "\\'; SELECT sqlite_version(); --",
          "1)) OR 1=1/*",
          "`~!@#$%^&*()_+{}|:\"<>?[];',./");

  /** Path traversal, plain and encoded once, twice, overlong and with a NUL. */
  public static final List<String> TRAVERSAL =
      List.of(
          "../../../../etc/passwd",
          "..%2f..%2f..%2fetc%2fpasswd",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "%2e%2e/%2e%2e/etc/passwd",
          "%252e%252e%252fetc%252fpasswd",
          "..%252f..%252fdateline.db",
          "....//....//etc/passwd",
          "..%5c..%5cpom.xml",
          "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
          "..;/..;/etc/passwd",
          "..%00.jpg",
          "dateline.db",
          "../dateline.db",
          "%2e%2e%2fdateline.db");

  private HostileInput() {}

  /** The XSS corpus: {@code src/test/resources/fixtures/xss-payloads.txt}, one payload a line. */
  public static List<String> xssPayloads() {
    try (InputStream in =
        HostileInput.class.getClassLoader().getResourceAsStream("fixtures/xss-payloads.txt")) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("# ")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Signs that an answer shows internals: a stack trace, SQL or driver text, a leaked file. */
  public static List<String> leaks(String body) {
    return leaks(body, "");
  }

  /**
   * As {@link #leaks(String)}, ignoring signs the request itself carried (an escaped echo is no
   * leak).
   */
  public static List<String> leaks(String body, String sent) {
    List<String> out = new ArrayList<>();
    String lower = body.toLowerCase(Locale.ROOT);
    String sentLower = sent.toLowerCase(Locale.ROOT);
    for (String sign :
        List.of(
            "exception",
            "\tat ",
            "at org.",
            "at java.",
            "caused by",
            "sqlite_",
            "sqlexception",
            "syntax error",
            "jdbc",
            "jdbi",
            "select ",
            "insert into",
            "stack trace",
            "root:x:0:0",
            "sqlite format 3",
            "<project",
            "javalin",
            "jetty",
            "flyway",
            "hikari")) {
      if (lower.contains(sign) && !sentLower.contains(sign.strip())) {
        int at = lower.indexOf(sign);
        out.add(
            "'"
                + sign
                + "' in: …"
                + body.substring(Math.max(0, at - 60), Math.min(body.length(), at + 60))
                    .replace("\n", " ")
                + "…");
      }
    }
    return out;
  }

  /** What is wrong with a response's security headers; {@code header} looks a header up by name. */
  public static List<String> securityHeaderProblems(Function<String, String> header) {
    List<String> out = new ArrayList<>();
    String csp = header.apply("Content-Security-Policy");
    if (csp == null) {
      out.add("no Content-Security-Policy");
    } else {
      Map<String, String> directives = new java.util.HashMap<>();
      for (String d : csp.split(";")) {
        String t = d.strip();
        if (!t.isEmpty()) {
          int sp = t.indexOf(' ');
          directives.put(sp < 0 ? t : t.substring(0, sp), sp < 0 ? "" : t.substring(sp + 1));
        }
      }
      String scripts = directives.getOrDefault("script-src", directives.get("default-src"));
      if (scripts == null) {
        out.add("CSP restricts no scripts: " + csp);
      } else if (scripts.contains("'unsafe-inline'")
          || scripts.contains("'unsafe-eval'")
          || scripts.contains("*")) {
        out.add("CSP allows inline or foreign scripts: " + csp);
      }
      if (!directives.containsKey("frame-ancestors")) {
        out.add("CSP has no frame-ancestors: " + csp);
      }
      if (!"'none'".equals(directives.get("object-src"))) {
        out.add("CSP allows plugins (object-src): " + csp);
      }
    }
    if (!"nosniff".equalsIgnoreCase(String.valueOf(header.apply("X-Content-Type-Options")))) {
      out.add("X-Content-Type-Options is " + header.apply("X-Content-Type-Options"));
    }
    String referrer = header.apply("Referrer-Policy");
    if (referrer == null
        || referrer.contains("unsafe-url")
        || referrer.equals("no-referrer-when-downgrade")) {
      out.add("Referrer-Policy is " + referrer);
    }
    return out;
  }
}
