package org.dateline.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.dateline.Wiring;
import org.dateline.article.Block;
import org.dateline.media.Photos;
import org.dateline.media.StoredPhoto;
import org.dateline.newsroom.auth.Role;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow.Request;
import org.dateline.section.SectionRefused;
import org.dateline.shared.Slugs;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.Polls;
import org.dateline.testing.PublicSurfaces;
import org.dateline.testing.PublicSurfaces.Fetched;
import org.dateline.testing.RandomInput;
import org.dateline.testing.Substrings;
import org.dateline.testing.TestApp;
import org.dateline.testing.TestStore;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The embargo property over random workflows and every public surface ({@link PublicSurfaces}):
 * nothing of a story that is not out (a draft, a submitted, scheduled or embargoed story, one
 * killed under embargo) shows publicly — not its headline, text, photo, bylines, topics or section,
 * nor its existence — until its time; then it and its names do. Seeded; {@code -Dproperty.seed=N}
 * replays. Each run counts the stories it probed while not out (with names no public story has,
 * with photos) and those lifted at their time, and fails when there are too few.
 *
 * <p>Left out of the generated workflows: returning a story to its reporter, corrections, an
 * embargoed story published by hand before its time, several editors racing on one story (the
 * workflow tests cover those), names and headlines beyond the fixed lists above, and a story whose
 * time comes between two fetches of one round (the clock moves only between rounds). The surfaces
 * are those {@link PublicSurfaces} lists; the wire to subscribers is left to the distribution
 * tests.
 */
// It prints (a seed, a measure) to System.out, so it never runs beside a class that captures
// System.out (testing/Cli, which holds the lock for writing).
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class EmbargoPropertiesIT {
  private static final int ROUNDS = 3;
  private static final int EXTRA_CASES_PER_ROUND = 3;

  /** Names in several scripts; no name is a part of another. */
  private static final List<List<String>> GIVEN_NAMES =
      List.of(
          List.of("김철수", "이영희", "박민준", "최서연"),
          List.of("山田", "佐藤", "鈴木", "高橋"),
          List.of("王伟", "李娜", "张敏", "刘洋"),
          List.of("محمد", "فاطمة", "أحمد", "ليلى"),
          List.of("Иван", "Анна", "Олег", "Мария"),
          List.of("José", "Zoë", "Łukasz", "Søren"));

  private static final List<List<String>> FAMILY_NAMES =
      List.of(
          List.of("기자", "특파원", "논설위원"),
          List.of("太郎", "花子", "一郎"),
          List.of("记者", "编辑", "主编"),
          List.of("الحسن", "العلي", "النجار"),
          List.of("Петров", "Смирнова", "Соколов"),
          List.of("Müller", "Dupré", "Ångström"));

  private static final List<String> TOPIC_WORDS =
      List.of("경제", "選挙", "中国", "Россия", "مصر", "Économie", "축구", "日本", "Наука", "Café");

  private enum Plan {
    DRAFT,
    SUBMITTED,
    SCHEDULED,
    UNSCHEDULED,
    EMBARGOED,
    EMBARGOED_THEN_KILLED,
    TYPED_UNKNOWN_SECTION,
    PUBLISHED,
    PUBLISHED_THEN_UPDATED,
    PUBLISHED_THEN_KILLED;

    /** Readers do not have it now. */
    boolean notOut() {
      return this != PUBLISHED && this != PUBLISHED_THEN_UPDATED && this != PUBLISHED_THEN_KILLED;
    }

    /** Readers get it when its time comes. */
    boolean outAfterItsTime() {
      return this == SCHEDULED || this == EMBARGOED;
    }
  }

  /** One generated story and what the test knows of it. */
  private static final class Case {
    final int n;
    final Plan plan;
    final String headline;
    final String marker;
    final String section;
    final List<String> bylines;
    final List<String> tags;
    final Optional<StoredPhoto> photo;
    long storyId;
    Optional<Long> articleId = Optional.empty();
    boolean out;

    Case(
        int n,
        Plan plan,
        String headline,
        String marker,
        String section,
        List<String> bylines,
        List<String> tags,
        Optional<StoredPhoto> photo) {
      this.n = n;
      this.plan = plan;
      this.headline = headline;
      this.marker = marker;
      this.section = section;
      this.bylines = bylines;
      this.tags = tags;
      this.photo = photo;
    }

    List<String> names() {
      List<String> all = new ArrayList<>(bylines);
      all.addAll(tags);
      return all;
    }

    @Override
    public String toString() {
      return "case " + n + " (" + plan + ", story " + storyId + ", article " + articleId + ")";
    }
  }

  @TempDir Path data;
  final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T00:00:00Z"));
  TestApp app;
  Wiring w;
  User editor;
  Photos photos;
  Random random;
  long seed;
  final List<Case> cases = new ArrayList<>();
  final Set<String> adminSections = new LinkedHashSet<>();
  final Set<String> usedNames = new LinkedHashSet<>();

  @BeforeEach
  void start() {
    app = TestApp.start(data, false, clock);
    w = app.wiring();
    editor = Newsroom.user(w, Role.ADMIN, "Ada Admin");
    photos = new Photos(TestStore.config(data).mediaDir());
    seed = RandomInput.seed("embargo on every public surface");
    random = new Random(seed);
    for (String name : List.of("National", "세계", "Спорт")) {
      w.sections().add(name);
      adminSections.add(name);
    }
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void nothing_of_a_story_that_is_not_out_shows_on_any_public_surface_until_its_time()
      throws InterruptedException {
    int probedNotOut = 0;
    int probedNotOutWithNewNames = 0;
    int probedEmbargoedPhotos = 0;
    int lifted = 0;
    for (int round = 0; round < ROUNDS; round++) {
      // Given a mix of stories in every stage, with new and existing names and sections
      List<Plan> plans = new ArrayList<>(List.of(Plan.values()));
      for (int i = 0; i < EXTRA_CASES_PER_ROUND; i++) {
        plans.add(Plan.values()[random.nextInt(Plan.values().length)]);
      }
      Collections.shuffle(plans, random);
      List<Case> roundCases = new ArrayList<>();
      for (Plan plan : plans) {
        Case c = write(plan);
        carryOut(c);
        roundCases.add(c);
        cases.add(c);
      }

      // When every public surface is fetched, then nothing of what is not out shows
      checkNothingLeaks("round " + round + " before its time");
      for (Case c : cases) {
        if (c.plan.notOut() && !c.out) {
          probedNotOut++;
          if (!secretNames(c).isEmpty()) {
            probedNotOutWithNewNames++;
          }
          if (c.photo.isPresent() && c.articleId.isPresent()) {
            probedEmbargoedPhotos++;
          }
        }
      }

      // When their time comes, then scheduled and embargoed stories are out, with their names
      clock.advance(Duration.ofDays(3));
      w.scheduler().runDue();
      // The server's own scheduler thread may have published some of them first: its commit is
      // visible before that thread has dropped the cached pages the story changes. Readers see
      // the new pages once it has; wait for the poller's catch-up instead of racing that thread.
      Polls.after(app);
      for (Case c : roundCases) {
        if (c.plan.outAfterItsTime()) {
          c.articleId = w.stories().find(c.storyId).orElseThrow().articleId();
          c.out = true;
          checkOut(c);
          lifted++;
        }
      }
      checkNothingLeaks("round " + round + " after the lift");
    }
    System.out.printf(
        "embargo property, seed %d: %d stories, %d probed while not out (%d with new names, %d"
            + " embargoed photos), %d lifted%n",
        seed, cases.size(), probedNotOut, probedNotOutWithNewNames, probedEmbargoedPhotos, lifted);
    // The generated cases were meaningful: many stories not out, with names no public story has.
    assertThat(probedNotOut).as("seed %d", seed).isGreaterThanOrEqualTo(ROUNDS * 7);
    assertThat(probedNotOutWithNewNames).as("seed %d", seed).isGreaterThanOrEqualTo(ROUNDS * 5);
    assertThat(probedEmbargoedPhotos).as("seed %d", seed).isGreaterThanOrEqualTo(ROUNDS);
    assertThat(lifted).as("seed %d", seed).isGreaterThanOrEqualTo(ROUNDS * 2);
  }

  private Case write(Plan plan) {
    int n = cases.size() + 1;
    int script = random.nextInt(GIVEN_NAMES.size());
    String section;
    if (plan == Plan.TYPED_UNKNOWN_SECTION) {
      section = pick(TOPIC_WORDS) + " desk " + n;
    } else if (random.nextInt(3) == 0) {
      // A new section: only an administrator adds one, and it is public from then on.
      section = pick(TOPIC_WORDS) + " " + n;
      w.sections().add(section);
      adminSections.add(section);
    } else {
      section = pick(List.copyOf(adminSections));
    }
    List<String> bylines = new ArrayList<>();
    for (int i = 0, count = 1 + random.nextInt(2); i < count; i++) {
      bylines.add(name(script));
    }
    List<String> tags = new ArrayList<>();
    for (int i = 0, count = random.nextInt(3); i < count; i++) {
      tags.add(topic());
    }
    boolean withPhoto = plan == Plan.EMBARGOED || random.nextBoolean();
    Optional<StoredPhoto> photo = withPhoto ? Optional.of(photos.store(jpeg())) : Optional.empty();
    String headline =
        pick(List.of("서울 증시", "東京株式", "北京消息", "Новости", "أخبار", "Économie")) + " (" + n + ")";
    String marker = "zq" + n + "x" + Long.toHexString(random.nextLong() & 0xFFFFFFFL) + ".";
    return new Case(n, plan, headline, marker, section, bylines, tags, photo);
  }

  /** A byline: an existing one now and then, otherwise a new one (a name not used before). */
  private String name(int script) {
    if (!usedNames.isEmpty() && random.nextInt(4) == 0) {
      return pick(List.copyOf(usedNames));
    }
    // The number in brackets keeps every name from being a part of another ("X (3)", "X (33)").
    String name =
        pick(GIVEN_NAMES.get(script))
            + " "
            + pick(FAMILY_NAMES.get(script))
            + " ("
            + cases.size()
            + ")";
    usedNames.add(name);
    return name;
  }

  private String topic() {
    if (!usedNames.isEmpty() && random.nextInt(4) == 0) {
      return pick(List.copyOf(usedNames));
    }
    String topic = pick(TOPIC_WORDS) + "・" + cases.size() + "・" + pick(List.of("甲", "乙", "丙"));
    usedNames.add(topic);
    return topic;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private void carryOut(Case c) {
    Story s = w.stories().create(editor);
    s = w.stories().save(s.id(), s.version(), draft(c, c.headline, c.marker), editor, "");
    c.storyId = s.id();
    Optional<Instant> later =
        Optional.of(clock.instant().plus(Duration.ofMinutes(60 + random.nextInt(47 * 60))));
    switch (c.plan) {
      case DRAFT -> {}
      case SUBMITTED -> apply(c, Action.SUBMIT, Optional.empty());
      case SCHEDULED -> apply(c, Action.SCHEDULE, later);
      case UNSCHEDULED -> {
        apply(c, Action.SCHEDULE, later);
        apply(c, Action.UNSCHEDULE, Optional.empty());
      }
      case EMBARGOED -> apply(c, Action.EMBARGO, later);
      case EMBARGOED_THEN_KILLED -> {
        apply(c, Action.EMBARGO, later);
        apply(c, Action.KILL, Optional.empty());
      }
      case TYPED_UNKNOWN_SECTION -> {
        // A section typed into the story instead of chosen: refused, nothing made public.
        assertThatThrownBy(() -> apply(c, Action.EMBARGO, later))
            .isInstanceOf(SectionRefused.class);
        assertThat(w.stories().find(c.storyId).orElseThrow().stage()).isEqualTo(Stage.DRAFT);
      }
      case PUBLISHED -> apply(c, Action.PUBLISH, Optional.empty());
      case PUBLISHED_THEN_UPDATED -> {
        apply(c, Action.PUBLISH, Optional.empty());
        Story now = w.stories().find(c.storyId).orElseThrow();
        w.stories()
            .save(
                c.storyId,
                now.version(),
                draft(c, c.headline + " updated", c.marker + " Updated."),
                editor,
                "");
        apply(c, Action.UPDATE, Optional.empty());
      }
      case PUBLISHED_THEN_KILLED -> {
        apply(c, Action.PUBLISH, Optional.empty());
        apply(c, Action.KILL, Optional.empty());
      }
    }
    c.articleId = w.stories().find(c.storyId).orElseThrow().articleId();
    c.out = !c.plan.notOut();
  }

  private void apply(Case c, Action action, Optional<Instant> at) {
    w.workflow().apply(c.storyId, new Request(action, at, "Note."), editor);
  }

  private static Draft draft(Case c, String headline, String marker) {
    List<Block> body = new ArrayList<>();
    body.add(new Block.Paragraph("The story " + marker));
    c.photo.ifPresent(
        p ->
            body.add(
                new Block.Photo(
                    p.src(), p.srcset(), p.width(), p.height(), "A photo", "Caption.", "Agency")));
    return new Draft(headline, "", c.section, c.bylines, "SEOUL", "", "", body, c.tags, 5);
  }

  /** A photo of its own (a seeded random colour), so no two stories share a file. */
  private byte[] jpeg() {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(random.nextInt(0x1000000)));
    g.fillRect(0, 0, 320, 200);
    g.setColor(new Color(random.nextInt(0x1000000)));
    g.fillRect(random.nextInt(300), random.nextInt(180), 20, 20);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Names of a story not out that no story that readers have (or had) carries. */
  private Set<String> secretNames(Case c) {
    Set<String> publicNames = new HashSet<>();
    for (Case other : cases) {
      if (other.out || !other.plan.notOut()) {
        publicNames.addAll(other.names());
      }
    }
    Set<String> secret = new LinkedHashSet<>(c.names());
    secret.removeAll(publicNames);
    return secret;
  }

  /** What must not show anywhere public while a story is not out. */
  private List<String> secrets(Case c) {
    List<String> secrets = new ArrayList<>(List.of(c.headline, c.marker));
    for (String name : secretNames(c)) {
      secrets.add(name);
      // Links to the name's page, whole (a slug may begin another: "x-3", "x-33").
      String slug = Slugs.inPath(Slugs.of(name));
      secrets.add("/author/" + slug + "\"");
      secrets.add("/tag/" + slug + "\"");
    }
    c.photo.ifPresent(p -> secrets.add(p.src().substring("/media/".length())));
    if (!adminSections.contains(c.section)) {
      secrets.add(c.section); // only a section typed into a story, which must never be made
    }
    return secrets;
  }

  private void checkNothingLeaks(String when) {
    Set<Long> ids = new LinkedHashSet<>();
    Set<String> photoPaths = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (Case c : cases) {
      c.articleId.ifPresent(ids::add);
      c.photo.ifPresent(p -> photoPaths.addAll(renditions(p)));
      names.addAll(c.names());
    }
    List<Fetched> fetched =
        PublicSurfaces.fetchAll(app, new PublicSurfaces.Known(ids, photoPaths, names));
    assertThat(fetched).as("seed %d: %s", seed, when).hasSizeGreaterThan(20);
    for (Fetched f : fetched) {
      assertThat(f.status()).as("seed %d, %s: %s", seed, when, f).isLessThan(500);
    }
    // Each story's secrets once, and each answer read once for all of them (decision 0115): the
    // same look as String.contains for every secret in every answer, at a fraction of its cost.
    Map<Case, List<String>> secretsOf = new LinkedHashMap<>();
    for (Case c : cases) {
      if (c.plan.notOut() && !c.out) {
        secretsOf.put(c, secrets(c));
      }
    }
    Substrings anySecret =
        Substrings.of(secretsOf.values().stream().flatMap(List::stream).distinct().toList());
    List<Set<String>> shown = fetched.stream().map(f -> anySecret.in(f.body())).toList();
    List<String> asked =
        fetched.stream()
            .map(f -> java.net.URLDecoder.decode(f.path(), StandardCharsets.UTF_8))
            .toList();
    for (Map.Entry<Case, List<String>> secretsOfCase : secretsOf.entrySet()) {
      Case c = secretsOfCase.getKey();
      for (int i = 0; i < fetched.size(); i++) {
        Fetched f = fetched.get(i);
        for (String secret : secretsOfCase.getValue()) {
          if (f.path().contains(secret.replace("\"", ""))
              || asked.get(i).contains(secret.replace("\"", ""))) {
            continue; // a page may echo the address (or the search) asked for: that tells nothing
          }
          assertThat(shown.get(i))
              .as("seed %d, %s: %s shows \"%s\" of %s", seed, when, f, secret, c)
              .doesNotContain(secret);
        }
        if (c.articleId.isPresent()
            && (f.path().equals("/article/" + c.articleId.get())
                || f.path().startsWith("/article/" + c.articleId.get() + "/"))) {
          // Exists for nobody: the same answer as an id never used (not 410, not a redirect).
          assertThat(f.status()).as("seed %d, %s: %s of %s", seed, when, f, c).isEqualTo(404);
        }
        if (c.photo.isPresent() && renditions(c.photo.get()).contains(f.path())) {
          assertThat(f.status()).as("seed %d, %s: %s of %s", seed, when, f, c).isEqualTo(404);
        }
      }
    }
    for (String nav : navigation()) {
      assertThat(adminSections).as("seed %d, %s: navigation", seed, when).contains(nav);
    }
  }

  private List<String> navigation() {
    return Jsoup.parse(app.get("/").body()).select("nav#navigation a[href^=/section/]").stream()
        .map(a -> a.text())
        .toList();
  }

  private static List<String> renditions(StoredPhoto p) {
    List<String> paths = new ArrayList<>(List.of(p.src()));
    for (String entry : p.srcset().split(",", -1)) {
      if (!entry.isBlank()) {
        paths.add(entry.strip().split(" ", -1)[0]);
      }
    }
    return paths;
  }

  private void checkOut(Case c) {
    String what = "seed " + seed + ": " + c + " after its time";
    HttpResponse<String> redirect = app.get("/article/" + c.articleId.orElseThrow());
    assertThat(redirect.statusCode()).as(what).isEqualTo(301);
    HttpResponse<String> page = app.get(NewsroomClient.location(redirect));
    assertThat(page.statusCode()).as(what).isEqualTo(200);
    assertThat(page.body()).as(what).contains(c.headline, c.marker);
    var links = Jsoup.parse(page.body()).select("a[href^=/author/], a[href^=/tag/]");
    for (String name : c.names()) {
      var link = links.stream().filter(a -> a.text().equals(name)).findFirst();
      assertThat(link).as("%s: link to %s", what, name).isPresent();
      HttpResponse<String> namePage = app.get(link.get().attr("href"));
      assertThat(namePage.statusCode()).as("%s: %s", what, name).isEqualTo(200);
      assertThat(namePage.body()).as("%s: %s", what, name).contains(name, c.headline);
    }
    c.photo.ifPresent(
        p -> {
          for (String path : renditions(p)) {
            assertThat(app.get(path).statusCode()).as("%s: %s", what, path).isEqualTo(200);
          }
        });
    StringBuilder allNews = new StringBuilder();
    String next = "/news";
    while (next != null) {
      String body = app.get(next).body();
      allNews.append(body);
      String older = Jsoup.parse(body).select("a[rel=next]").attr("href");
      next = older.isEmpty() ? null : older;
    }
    assertThat(allNews.toString()).as(what).contains(c.headline);
  }
}
