package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.ingest.IngestItems.push;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.dateline.Wiring;
import org.dateline.article.Article;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticlePaths;
import org.dateline.article.Block;
import org.dateline.ingest.source.IngestPoller;
import org.dateline.media.Photos;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.workflow.Story;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partners' pictures are fetched and checked like uploads (decision 0084), on a real server and
 * store, from a local picture server (the JDK's): a picture stored and then in the taken draft and
 * the published story, never the partner's address; not an image, too big (stopped while reading)
 * and a redirect to a refused address are refused with their reason and the item still goes in; a
 * canceled version fetches nothing; loopback is refused for a folder provider unless {@code
 * ingest.allow} covers it, and allowed for the host of a provider's own feed URL.
 */
class IncomingPicturesIT {
  @TempDir static Path data;
  @TempDir static Path other;
  @TempDir static Path drops;
  static final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T04:00:00Z"));
  static TestApp app;
  static Wiring w;
  static NewsroomClient reporter;
  static NewsroomClient editor;
  static String key;
  static HttpServer pictures;
  static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  static final AtomicLong bigSent = new AtomicLong();
  static final long BIG = 64L * 1024 * 1024;

  @BeforeAll
  static void start() throws IOException {
    pictures = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] jpeg = jpeg();
    serve("/photo.jpg", "image/jpeg", jpeg);
    serve("/again.jpg", "image/jpeg", jpeg);
    serve("/page.html", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
    pictures.createContext(
        "/big.jpg",
        exchange -> {
          hit("/big.jpg");
          exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
          exchange.sendResponseHeaders(200, 0); // chunked: nothing says how big it is
          byte[] chunk = new byte[64 * 1024];
          chunk[0] = (byte) 0xFF;
          chunk[1] = (byte) 0xD8;
          try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < BIG; sent += chunk.length) {
              out.write(chunk);
              bigSent.addAndGet(chunk.length);
            }
          } catch (IOException e) {
            // the reader stopped: what we wanted
          }
          exchange.close();
        });
    redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/photo.jpg");
    redirect("/to-photo", "/photo.jpg");
    pictures.createContext(
        "/feed",
        exchange -> {
          byte[] body =
              IngestItems.ninjs("urn:feed:1", 1, "usable", "en", 3, "Feed story", "World")
                  .replace(
                      "\"headlines\"",
                      association(url("/again.jpg"), "A feed picture", "Feed Photo")
                          + ", \"headlines\"")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    pictures.start();

    app =
        TestApp.start(
            TestStore.config(data)
                .withOps(
                    org.dateline.Config.Ops.defaults()
                        .withIngestAllow(List.of("127.0.0.0/8", "::1"))),
            clock);
    w = app.wiring();
    Newsroom.user(w, Role.REPORTER, "Photo Reporter");
    Newsroom.user(w, Role.EDITOR, "Photo Editor");
    reporter = NewsroomClient.signIn(app, "photo.reporter@newsroom.test", Newsroom.PASSWORD);
    editor = NewsroomClient.signIn(app, "photo.editor@newsroom.test", Newsroom.PASSWORD);
    key =
        w.incoming()
            .add(new ProviderForm("agencia-fotos", "ninjs", Provider.SourceKind.PUSH, "", ""))
            .pushKey()
            .orElseThrow();
  }

  @AfterAll
  static void stop() {
    app.close();
    pictures.stop(0);
  }

  static void serve(String path, String type, byte[] body) {
    pictures.createContext(
        path,
        exchange -> {
          hit(path);
          exchange.getResponseHeaders().add("Content-Type", type);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
  }

  static void redirect(String path, String to) {
    pictures.createContext(
        path,
        exchange -> {
          hit(path);
          exchange.getResponseHeaders().add("Location", to);
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
  }

  static void hit(String path) {
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
  }

  static int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  static String url(String path) {
    return "http://127.0.0.1:" + pictures.getAddress().getPort() + path;
  }

  static byte[] jpeg() throws IOException {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new java.awt.GradientPaint(0, 0, Color.BLUE, 800, 600, Color.ORANGE));
    g.fillRect(0, 0, 800, 600);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  static String association(String href, String caption, String by) {
    return """
        "associations": {"featureimage": {"type": "picture", "uri": "urn:picture:%s",
          "description_text": "%s", "by": "%s",
          "renditions": {"original": {"href": "%s", "contenttype": "image/jpeg",
            "width": 800, "height": 600}}}}"""
        .formatted(href.hashCode(), caption, by, href);
  }

  /** A ninjs item with one picture at {@code href}, pushed; its desk id. */
  static long arrive(String guid, int version, String status, String headline, String href) {
    String item =
        IngestItems.ninjs(guid, version, status, "es", 3, headline, "Mundo")
            .replace(
                "\"headlines\"",
                association(href, "Vista de " + headline, "Fotógrafa Añón") + ", \"headlines\"");
    HttpResponse<String> r = push(app, "agencia-fotos", key, item);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return deskId(w.incomingDesk(), guid);
  }

  /** The desk id of the item of that guid, killed or not. */
  static long deskId(IncomingDesk desk, String guid) {
    List<DeskItem> items = new java.util.ArrayList<>(desk.list(DeskFilter.all()));
    items.addAll(
        desk.list(
            new DeskFilter(
                java.util.Optional.empty(),
                0,
                java.util.Optional.of(IncomingState.KILLED),
                "",
                "")));
    return items.stream()
        .filter(d -> d.guid().equals(guid))
        .findFirst()
        .orElseThrow(() -> new AssertionError(guid + " is not on the desk"))
        .id();
  }

  static List<ItemPicture> picturesOf(long id) {
    return w.incomingDesk().preview(id).orElseThrow().pictures();
  }

  @Test
  void a_picture_is_stored_then_leads_the_taken_draft_and_the_published_story() {
    long id = arrive("urn:fotos:1", 1, "usable", "Mercado de Valparaíso", url("/photo.jpg"));

    ItemPicture picture = picturesOf(id).get(0);
    assertThat(picture.stored()).as(picture.problem()).isTrue();
    String src = picture.photo().orElseThrow().src();
    assertThat(src).startsWith("/media/photo-");
    Document preview = Jsoup.parse(reporter.get("/newsroom/incoming/" + id).body());
    assertThat(preview.select(".incoming-picture.stored img").attr("src"))
        .isEqualTo(src.replace("/media/", "/newsroom/media/"));
    assertThat(preview.select(".incoming-picture img").attr("src")).doesNotContain("127.0.0.1");
    assertThat(reporter.get(src.replace("/media/", "/newsroom/media/")).statusCode())
        .isEqualTo(200);

    HttpResponse<String> taken = reporter.post("/newsroom/incoming/" + id + "/take");
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(303);
    String storyPath = NewsroomClient.location(taken);
    Story story =
        w.stories()
            .find(Long.parseLong(storyPath.substring(storyPath.lastIndexOf('/') + 1)))
            .orElseThrow();
    assertThat(story.draft().body().get(0))
        .isInstanceOfSatisfying(
            Block.Photo.class,
            p -> {
              assertThat(p.src()).isEqualTo(src);
              assertThat(p.caption()).isEqualTo("Vista de Mercado de Valparaíso");
              assertThat(p.credit()).isEqualTo("Fotógrafa Añón");
              assertThat(p.alt()).isEqualTo("Vista de Mercado de Valparaíso");
            });

    HttpResponse<String> published = editor.post("/newsroom/incoming/" + id + "/publish");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
    ItemUse use =
        w.incomingDesk().preview(id).orElseThrow().uses().stream()
            .filter(u -> u.articleId().isPresent())
            .findFirst()
            .orElseThrow();
    Article a = w.articles().find(new ArticleId(use.articleId().orElseThrow())).orElseThrow();
    assertThat(a.content().leadPhoto().orElseThrow().src()).isEqualTo(src);
    String page = app.get(ArticlePaths.of(a.id().value(), a.slug())).body();
    assertThat(page).contains(src).doesNotContain(url("/photo.jpg"));
    assertThat(app.get(src).statusCode()).as("public once a public story shows it").isEqualTo(200);
  }

  @Test
  void a_page_that_is_not_an_image_is_refused_with_its_reason_and_the_item_still_goes_in() {
    long id = arrive("urn:fotos:html", 1, "usable", "Puerto de Cádiz", url("/page.html"));

    ItemPicture picture = picturesOf(id).get(0);
    assertThat(picture.stored()).isFalse();
    assertThat(picture.problem()).isNotBlank();
    Document preview = Jsoup.parse(reporter.get("/newsroom/incoming/" + id).body());
    assertThat(preview.select("h1").text()).isEqualTo("Puerto de Cádiz");
    assertThat(preview.select(".incoming-picture.refused .problem").text())
        .isEqualTo(picture.problem());
    assertThat(preview.select("script:containsData(alert)")).isEmpty();
    Provider p = w.incoming().provider("agencia-fotos").orElseThrow();
    assertThat(w.incoming().log(p, 20))
        .anySatisfy(
            line -> assertThat(line).contains("urn:fotos:html").contains(picture.problem()));
    // Taken without it: a refused picture is never linked.
    String storyPath = NewsroomClient.location(reporter.post("/newsroom/incoming/" + id + "/take"));
    Story story =
        w.stories()
            .find(Long.parseLong(storyPath.substring(storyPath.lastIndexOf('/') + 1)))
            .orElseThrow();
    assertThat(story.draft().body()).noneMatch(Block.Photo.class::isInstance);
  }

  @Test
  void a_picture_too_big_is_refused_while_it_is_read() {
    long id = arrive("urn:fotos:big", 1, "usable", "Pico de Orizaba", url("/big.jpg"));

    ItemPicture picture = picturesOf(id).get(0);
    assertThat(picture.stored()).isFalse();
    assertThat(picture.problem()).contains("over 15 MB");
    assertThat(bigSent.get())
        .as("the reader stopped at the limit; the server could not send it all")
        .isLessThan(BIG);
    assertThat(Photos.MAX_BYTES).isLessThan((int) BIG);
  }

  @Test
  void a_redirect_to_a_refused_address_is_refused_and_a_redirect_to_an_allowed_one_followed() {
    long refused = arrive("urn:fotos:meta", 1, "usable", "Volcán Osorno", url("/to-metadata"));
    long followed = arrive("urn:fotos:hop", 1, "usable", "Lago Titicaca", url("/to-photo"));

    ItemPicture r = picturesOf(refused).get(0);
    assertThat(r.stored()).isFalse();
    assertThat(r.problem()).contains("169.254.169.254").contains("not a public address");
    assertThat(picturesOf(followed).get(0).stored()).isTrue();
  }

  @Test
  void a_canceled_version_and_an_identical_copy_fetch_nothing() {
    int before = hits("/again.jpg");
    long id = arrive("urn:fotos:kill", 1, "usable", "Salar de Uyuni", url("/again.jpg"));
    assertThat(hits("/again.jpg")).isEqualTo(before + 1);

    arrive("urn:fotos:kill", 1, "usable", "Salar de Uyuni", url("/again.jpg"));
    assertThat(hits("/again.jpg")).as("an identical copy is ignored").isEqualTo(before + 1);

    arrive("urn:fotos:kill", 2, "canceled", "Salar de Uyuni", url("/again.jpg"));
    assertThat(hits("/again.jpg")).as("a kill fetches nothing").isEqualTo(before + 1);
    assertThat(w.incomingDesk().preview(id).orElseThrow().item().state())
        .isEqualTo(IncomingState.KILLED);
  }

  @Test
  void loopback_is_refused_for_a_folder_provider_unless_allowed_and_a_feed_host_is_allowed()
      throws IOException {
    String item =
        IngestItems.ninjs("urn:folder:1", 1, "usable", "es", 3, "Desde la carpeta", "Mundo")
            .replace(
                "\"headlines\"",
                association(url("/photo.jpg"), "Carpeta", "Archivo") + ", \"headlines\"");
    // Without ingest.allow: a second installation on its own store.
    Wiring plain = TestApp.wiring(TestStore.config(other), clock);
    try {
      Path dir = Files.createDirectories(drops.resolve("plain"));
      plain
          .incoming()
          .add(
              new ProviderForm(
                  "carpeta", "ninjs", Provider.SourceKind.FOLDER, dir.toString(), "1s"));
      Files.writeString(dir.resolve("item.json"), item);
      twoLooks(plain.incoming());
      long row = deskId(plain.incomingDesk(), "urn:folder:1");
      ItemPicture refused = plain.incomingDesk().preview(row).orElseThrow().pictures().get(0);
      assertThat(refused.stored()).isFalse();
      assertThat(refused.problem()).contains("not a public address").contains("ingest.allow");

      // A provider polled by URL may send pictures from its own feed's host.
      plain
          .incoming()
          .add(new ProviderForm("feed", "ninjs", Provider.SourceKind.URL, url("/feed"), "1m"));
      twoLooks(plain.incoming());
      long fed = deskId(plain.incomingDesk(), "urn:feed:1");
      assertThat(plain.incomingDesk().preview(fed).orElseThrow().pictures().get(0).stored())
          .isTrue();
    } finally {
      plain.close();
    }

    // With ingest.allow covering loopback, the same folder item's picture is stored.
    Path dir = Files.createDirectories(drops.resolve("allowed"));
    w.incoming()
        .add(
            new ProviderForm("carpeta", "ninjs", Provider.SourceKind.FOLDER, dir.toString(), "1s"));
    Files.writeString(dir.resolve("item.json"), item);
    twoLooks(w.incoming());
    assertThat(picturesOf(deskId(w.incomingDesk(), "urn:folder:1")).get(0).stored()).isTrue();
  }

  static void twoLooks(Incoming incoming) {
    IngestPoller poller = new IngestPoller(incoming);
    for (int i = 0; i < 2; i++) {
      clock.advance(Duration.ofMinutes(2));
      poller.tick();
    }
  }
}
