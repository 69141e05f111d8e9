import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.article.ArticleContent;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.demo.DemoNewsroom;
import org.dateline.demo.DemoTranslations;
import org.dateline.demo.DemoUsers;

/**
 * Writes the data folder of decision 0117's fixture with the classes of the release on the class
 * path: a SQLite store and the search index its server wrote, then a few changes the index has not
 * followed yet (made with the server stopped, as an import or a kill on the command line does).
 * Run by bench/index-fixture.sh; the stories' words are the ones PreviousReleaseIndexIT looks for.
 */
public final class WriteFixture {
  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    Config config = Config.of(data, "127.0.0.1", 0);
    Clock clock = Clock.systemUTC();
    // 1. The stories the index holds: five editions of their own (Korean, Japanese, Chinese,
    // Arabic, Spanish: four stories each), English ones with names in several scripts, the
    // newsroom's drafts and a translated group, all written while the server follows.
    try (Wiring w = new Wiring(config, clock)) {
      w.demo().loadEditions();
      for (int i = 0; i < ENGLISH.size(); i++) {
        List<String> s = ENGLISH.get(i);
        w.articles()
            .publish(
                story("en", s.get(0), s.get(1), s.get(2), s.get(3)),
                Instant.parse("2026-11-2" + i + "T08:00:00Z"),
                Optional.of("fixture:en:" + i));
      }
      w.startServer();
      new DemoUsers(w.users()).ensure();
      new DemoNewsroom(w.users(), w.stories(), w.workflow(), clock).ensure();
      new DemoTranslations(w.stories(), w.translations(), w.workflow(), w.sections(), w.editions())
          .ensure(w.users().byEmail("editor@dateline.test").orElseThrow());
      w.search().catchUp();
    }
    // 2. Changes the index has not followed: the next server's start catches up from the index's
    // recorded change-log position.
    try (Wiring w = new Wiring(config, clock)) {
      w.articles()
          .publish(
              story("ko", "마포 도서관 야간 개방 연장", "도서관 열람실이 자정까지 문을 연다.", "최서연", "도서관"),
              Instant.parse("2026-11-30T09:00:00Z"),
              Optional.of("fixture:ko:lagging"));
      w.articles()
          .publish(
              story(
                  "en",
                  "Cheesemakers of Besançon reopen the covered market",
                  "The cheesemakers' hall in Besançon opened again after a year of repairs.",
                  "Amélie Poulain-Ndiaye",
                  "Markets"),
              Instant.parse("2026-11-30T10:00:00Z"),
              Optional.of("fixture:en:lagging"));
      var killed = w.articles().bySourceKey("fixture:en:" + (ENGLISH.size() - 1)).orElseThrow();
      w.articles().kill(killed.id());
    }
  }

  /** Headline, body, byline, topic: the last one is killed after the server stopped. */
  private static final List<List<String>> ENGLISH =
      List.of(
          List.of(
              "Orchard growers near Łódź count a record apple harvest",
              "Growers said the orchards of the region picked more apples than in any year.",
              "Zoë Brontë",
              "Agriculture"),
          List.of(
              "Ferry timetable changes for the island of Ærø",
              "The ferry to Ærø will sail twice more a day from December.",
              "Søren Ødegård",
              "Transport"),
          List.of(
              "Violinist 김민지 returns to the Seoul stage",
              "The violinist played the Sibelius concerto with the city orchestra.",
              "Renée Côté",
              "Music"),
          List.of(
              "Glacier museum in Grindelwald doubles its visitors",
              "The glacier museum counted twice as many visitors as the year before.",
              "José Ñúñez",
              "Museums"),
          List.of(
              "Beekeepers warn of a hornet spreading north",
              "Beekeepers asked walkers to report the hornet's nests.",
              "François Müller",
              "Environment"));

  private static ArticleContent story(
      String edition, String headline, String body, String byline, String topic) {
    return new ArticleContent(
        headline,
        body,
        edition,
        "",
        List.of(byline),
        Optional.of(new Dateline("SEOUL", "", "Dateline")),
        List.<Block>of(new Block.Paragraph(body)),
        List.of(topic),
        5);
  }
}
