package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.Config;
import org.dateline.ConfigLoader;
import org.dateline.Wiring;
import picocli.CommandLine.Command;

/**
 * The launcher's training run for the class-data sharing archive (decision 0090): starts the site
 * on a temporary store with the demo content, asks for the pages a reader and an editor ask for
 * first, then stops cleanly, so that the JVM (run with {@code -XX:ArchiveClassesAtExit}) writes the
 * classes a start needs into the archive. Hidden: operators never call it.
 */
@Command(
    name = "train",
    hidden = true,
    description = "Start on a temporary store, ask for a few pages, stop (the launcher's CDS run).")
public final class TrainCommand implements Callable<Integer> {
  private static final Pattern FIRST_ARTICLE = Pattern.compile("href=\"(/article/[^\"]+)\"");
  private static final Pattern FIRST_SECTION = Pattern.compile("href=\"(/section/[^\"]+)\"");

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("dateline-train");
    try {
      // The configuration read as serve reads it (its classes join the archive, decision 0105),
      // from flags only: the environment's store is never the training run's.
      Config read =
          ConfigLoader.load(
                  Optional.empty(), Map.of(), Map.of("data", dir.toString(), "host", "127.0.0.1"))
              .config();
      Config config =
          new Config(
              read.dataDir(),
              read.host(),
              0,
              read.baseUrl(),
              read.dev(),
              read.ops(),
              read.database());
      Wiring wiring = new Wiring(config, Clock.systemUTC());
      try {
        wiring.demo().load();
        int port = wiring.startServer().port();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        String home = get(http, base + "/");
        for (String path :
            List.of(
                first(FIRST_ARTICLE, home, "/news"),
                first(FIRST_SECTION, home, "/news"),
                "/news",
                "/news?page=2",
                "/search?q=korea",
                "/feed.rss",
                "/sitemap.xml",
                "/newsroom/login",
                "/no-such-page",
                "/readyz",
                "/healthz")) {
          get(http, base + path);
        }
      } finally {
        wiring.close();
      }
    } finally {
      delete(dir);
    }
    return 0;
  }

  private static String get(HttpClient http, String url) throws IOException, InterruptedException {
    var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String first(Pattern link, String page, String otherwise) {
    Matcher m = link.matcher(page);
    return m.find() ? m.group(1) : otherwise;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
