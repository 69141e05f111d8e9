package org.dateline.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleContent;
import org.dateline.backup.Backups;
import org.dateline.backup.Progress;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This release started on the data folder the previous release wrote (decision 0117): its store and
 * its search index, committed as {@code fixtures/previous-release/data.zip} by {@code
 * bench/index-fixture.sh}, three changes behind the store (a Korean and an accented story published
 * and one killed while its server was stopped). The server follows that index from the change-log
 * position it recorded, without a rebuild, takes this release's documents into it (an index whose
 * documents this release made otherwise refused every one of them: decision 0114's addendum), and
 * starts again on it. On PostgreSQL the fixture's store is moved there by a backup and a restore
 * (decision 0071), ids and change log included, and the index comes with the data folder.
 */
class PreviousReleaseIndexIT {
  private static final String FIXTURE = "/fixtures/previous-release/data.zip";

  @TempDir Path dir;

  @Test
  void this_release_follows_publishes_into_and_restarts_on_the_previous_releases_index()
      throws Exception {
    // Given the previous release's data folder on this run's store, its index behind by three
    Path site = previousRelease();
    Path g1 = site.resolve("search").resolve("g1");
    assertThat(current(site)).isEqualTo("g1");
    long recorded = committedSeq(g1);
    Set<String> previousSegments = segments(g1);

    try (TestApp app = TestApp.start(site, false)) {
      Wiring w = app.wiring();
      long orchard = idOf(w, "fixture:en:0");
      long ferry = idOf(w, "fixture:en:1");

      // Then it caught up from the position the index recorded, in the same index: no rebuild
      assertThat(current(site)).isEqualTo("g1");
      assertThat(w.changeLog().latestSeq()).isEqualTo(recorded + 3);
      assertThat(committedSeq(g1)).isEqualTo(recorded + 3);
      assertThat(segmentHolding(g1, orchard))
          .as("an unchanged story's document is still the one the previous release wrote")
          .isIn(previousSegments);
      // the changes made while it was stopped are applied
      assertThat(found(app, "/ko/search", "도서관")).contains("마포 도서관 야간 개방 연장");
      assertThat(found(app, "/search", "Besançon"))
          .contains("Cheesemakers of Besançon reopen the covered market");
      assertThat(found(app, "/search", "hornet"))
          .doesNotContain("Beekeepers warn of a hornet spreading north");
      // and what the previous release indexed is found, in every script
      assertThat(found(app, "/search", "orchards"))
          .contains("Orchard growers near Łódź count a record apple harvest");
      assertThat(found(app, "/search", "Brontë"))
          .contains("Orchard growers near Łódź count a record apple harvest");
      assertThat(found(app, "/ko/search", "부산항")).contains("부산항 1월 컨테이너 물동량 역대 최대");
      assertThat(found(app, "/ja/search", "高速船")).contains("釜山と福岡を結ぶ高速船、2年ぶりに運航再開へ");
      assertThat(found(app, "/zh/search", "公交车")).contains("首尔市推出新能源公交车扩充计划");
      assertThat(found(app, "/ar/search", "الطاقة"))
          .contains("كوريا الجنوبية والسعودية تبحثان توسيع التعاون في مجال الطاقة");
      assertThat(found(app, "/es/search", "patinadores"))
          .contains(
              "Los patinadores surcoreanos entrenan por primera vez en el óvalo olímpico de Pekín");
      User editor = Newsroom.user(w, Role.EDITOR, "Seo-yeon Editor");
      NewsroomClient desk = NewsroomClient.signIn(app, editor.email(), Newsroom.PASSWORD);
      assertThat(deskRows(desk, "riverbank"))
          .contains("Night market vendors return to riverside after winter break");

      // When this release publishes a newsroom story, updates one story and kills another
      Story written = w.stories().create(editor, "ko");
      written =
          w.stories().save(written.id(), written.version(), korean("한강 수상택시 운항 재개"), editor, "");
      assertThat(deskRows(desk, "수상택시")).contains("한강 수상택시 운항 재개");
      w.workflow().apply(written.id(), Workflow.Request.of(Action.PUBLISH), editor);
      Article before = w.articles().find(new org.dateline.article.ArticleId(orchard)).orElseThrow();
      w.articles().update(before.id(), renamed(before.content()), Optional.empty());
      w.articles().kill(new org.dateline.article.ArticleId(ferry));

      // Then each is found or gone at once, in the public search and the desk's filter
      assertThat(found(app, "/ko/search", "수상택시")).contains("한강 수상택시 운항 재개");
      assertThat(found(app, "/search", "quinces"))
          .contains("Orchard growers near Łódź count a record quince harvest");
      assertThat(found(app, "/search", "ferry"))
          .doesNotContain("Ferry timetable changes for the island of Ærø");
      assertThat(deskRows(desk, "수상택시")).contains("한강 수상택시 운항 재개");
    }

    // And a restart on the same folder opens the same index, all of it there
    try (TestApp app = TestApp.start(site, false)) {
      assertThat(current(site)).isEqualTo("g1");
      assertThat(committedSeq(g1)).isEqualTo(app.wiring().changeLog().latestSeq());
      assertThat(found(app, "/ko/search", "수상택시")).contains("한강 수상택시 운항 재개");
      assertThat(found(app, "/search", "quinces"))
          .contains("Orchard growers near Łódź count a record quince harvest");
      assertThat(found(app, "/search", "ferry"))
          .doesNotContain("Ferry timetable changes for the island of Ærø");
      assertThat(found(app, "/ja/search", "高速船")).contains("釜山と福岡を結ぶ高速船、2年ぶりに運航再開へ");
    }
  }

  /**
   * The fixture's data folder, on this run's store: on SQLite as it is (the application migrates
   * its store if a migration came since); on PostgreSQL its store is opened here (migrated), backed
   * up and restored into the folder's database, and its index copied beside.
   */
  private Path previousRelease() throws IOException {
    Path fixture = unzip(dir.resolve("fixture"));
    if (!TestStore.postgresql()) {
      return fixture;
    }
    Path site = dir.resolve("site");
    Path backup = dir.resolve("previous-release.zip");
    try (Wiring old = new Wiring(Config.of(fixture, "127.0.0.1", 0), java.time.Clock.systemUTC())) {
      old.backups().backup(backup, Progress.none());
    }
    Backups.restore(backup, site, TestStore.url(site), Progress.none());
    copy(fixture.resolve("search"), site.resolve("search"));
    return site;
  }

  private static Path unzip(Path into) throws IOException {
    try (InputStream in =
            Objects.requireNonNull(
                PreviousReleaseIndexIT.class.getResourceAsStream(FIXTURE), FIXTURE);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        Path to = into.resolve(e.getName()).normalize();
        assertThat(to.startsWith(into)).as(e.getName()).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(to);
        } else {
          Files.createDirectories(to.getParent());
          Files.copy(zip, to);
        }
      }
    }
    return into;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  private static String current(Path site) throws IOException {
    return Files.readString(site.resolve("search").resolve(IndexFolders.CURRENT)).strip();
  }

  /** The change-log position of the folder's last commit. */
  private static long committedSeq(Path generation) throws IOException {
    try (var d = FSDirectory.open(generation)) {
      Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
      return Long.parseLong(data.get(Generation.SEQ));
    }
  }

  private static Set<String> segments(Path generation) throws IOException {
    Set<String> names = new HashSet<>();
    try (var d = FSDirectory.open(generation)) {
      for (SegmentCommitInfo s : SegmentInfos.readLatestCommit(d)) {
        names.add(s.info.name);
      }
    }
    assertThat(names).isNotEmpty();
    return names;
  }

  /** The segment of the last commit holding the public story {@code id}'s document. */
  private static String segmentHolding(Path generation, long id) throws IOException {
    try (var d = FSDirectory.open(generation);
        DirectoryReader reader = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(reader);
      ScoreDoc[] hits = s.search(new TermQuery(Documents.key(id)), 2).scoreDocs;
      assertThat(hits).as("documents of story %d", id).hasSize(1);
      List<LeafReaderContext> leaves = reader.leaves();
      LeafReaderContext leaf =
          leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(hits[0].doc, leaves));
      return ((SegmentReader) leaf.reader()).getSegmentName();
    }
  }

  private static long idOf(Wiring w, String sourceKey) {
    return w.articles().bySourceKey(sourceKey).orElseThrow().id().value();
  }

  /** The headlines a public search page lists. */
  private static List<String> found(TestApp app, String page, String words) {
    var r = app.get(page + "?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(page + " " + words).isEqualTo(200);
    return Jsoup.parse(r.body()).select("article.search-result h2 a").eachText();
  }

  /** The headlines the desk's word filter lists on the All tab. */
  private static List<String> deskRows(NewsroomClient client, String words) {
    var r =
        client.get(
            "/newsroom/desk?stage=all&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(words).isEqualTo(200);
    return Jsoup.parse(r.body()).select("table.desk tbody tr td.headline a").eachText();
  }

  private static Draft korean(String headline) {
    return new Draft(
        headline,
        "여의도와 잠실을 잇는 수상택시가 다시 다닌다.",
        "정치",
        List.of("최서연"),
        "서울",
        "11월 30일",
        "Dateline",
        List.of(new org.dateline.article.Block.Paragraph("수상택시는 출퇴근 시간에 20분 간격으로 다닌다.")),
        List.of("교통"),
        5);
  }

  private static ArticleContent renamed(ArticleContent c) {
    return new ArticleContent(
        "Orchard growers near Łódź count a record quince harvest",
        "Growers said the orchards of the region picked more quinces than in any year.",
        c.language(),
        c.section(),
        c.bylines(),
        c.dateline(),
        List.of(
            new org.dateline.article.Block.Paragraph(
                "Growers said the orchards of the region picked more quinces than in any year.")),
        c.tags(),
        c.urgency());
  }
}
