package org.dateline.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.shared.Text;

/**
 * A provider as an admin describes it: a name, a format word, where its items come from and how
 * often to look. {@link #checked} refuses, with the admin's own text in the message, what cannot
 * work.
 *
 * @param every how often to look, e.g. {@code 30s}, {@code 5m}, {@code 1h}; empty for the default
 */
public record ProviderForm(
    String name, String format, Provider.SourceKind kind, String source, String every) {
  /** Default wait between two looks at a folder. */
  public static final int FOLDER_SECONDS = 2;

  /** Default wait between two fetches of a feed. */
  public static final int URL_SECONDS = 300;

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");
  private static final Pattern EVERY = Pattern.compile("(\\d{1,6})([smh]?)");

  /** The checked form: name normalized, the source made absolute, the interval read. */
  record Checked(
      String name,
      FeedFormat format,
      Provider.SourceKind kind,
      String source,
      int intervalSeconds) {}

  Checked checked() {
    String n = Text.line(name);
    if (!NAME.matcher(n).matches()) {
      throw new ProviderRefused(
          "A provider name is letters, digits, '.', '_' or '-' (at most 100): \"" + n + "\".");
    }
    FeedFormat f =
        FeedFormat.of(format)
            .orElseThrow(
                () ->
                    new ProviderRefused(
                        "Unknown format \"" + format + "\": ninjs, newsmlg2, rss or seed."));
    String s = source == null ? "" : source.strip();
    switch (kind) {
      case FOLDER -> s = folder(s);
      case URL -> s = url(s);
      case PUSH -> s = "";
    }
    int seconds = kind == Provider.SourceKind.URL ? URL_SECONDS : FOLDER_SECONDS;
    if (every != null && !every.isBlank()) {
      seconds = seconds(every);
    }
    return new Checked(n, f, kind, s, seconds);
  }

  private static String folder(String s) {
    try {
      Path p = Path.of(s).toAbsolutePath().normalize();
      if (s.isEmpty() || !Files.isDirectory(p)) {
        throw new ProviderRefused("No folder at \"" + s + "\".");
      }
      return p.toString();
    } catch (InvalidPathException e) {
      throw new ProviderRefused("Not a folder path: \"" + s + "\".");
    }
  }

  private static String url(String s) {
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new ProviderRefused("A feed URL starts with http:// or https://: \"" + s + "\".");
      }
      return u.toString();
    } catch (URISyntaxException e) {
      throw new ProviderRefused("Not a URL: \"" + s + "\".");
    }
  }

  private static int seconds(String every) {
    Matcher m = EVERY.matcher(every.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new ProviderRefused(
          "An interval is a number with s, m or h, e.g. 5m: \"" + every + "\".");
    }
    long n = Long.parseLong(m.group(1));
    long s =
        switch (m.group(2)) {
          case "m" -> n * 60;
          case "h" -> n * 3600;
          default -> n;
        };
    if (s < 1 || s > 86_400) {
      throw new ProviderRefused("An interval is between 1s and 24h: \"" + every + "\".");
    }
    return (int) s;
  }
}
