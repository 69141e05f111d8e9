package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.ingest.IngestItems.ninjs;
import static org.dateline.ingest.IngestItems.push;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.dateline.Wiring;
import org.dateline.newsroom.auth.Role;
import org.dateline.testing.MutableClock;
import org.dateline.testing.Newsroom;
import org.dateline.testing.NewsroomClient;
import org.dateline.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incoming items nobody takes leave the desk's column after the keep time, by a mutable clock. */
class IncomingExpiryIT {
  @TempDir static Path data;
  static final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T04:00:00Z"));
  static TestApp app;
  static Wiring w;
  static NewsroomClient reporter;
  static String key;

  @BeforeAll
  static void start() {
    app = TestApp.start(data, false, clock);
    w = app.wiring();
    Newsroom.user(w, Role.REPORTER, "Desk Reporter");
    reporter = NewsroomClient.signIn(app, "desk.reporter@newsroom.test", Newsroom.PASSWORD);
    key =
        w.incoming()
            .add(new ProviderForm("agence-partenaire", "ninjs", Provider.SourceKind.PUSH, "", ""))
            .pushKey()
            .orElseThrow();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static long arrive(String guid, String headline) {
    HttpResponse<String> r =
        push(app, "agence-partenaire", key, ninjs(guid, 1, "usable", "fr", 3, headline, "Monde"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return w.incomingDesk().list(DeskFilter.all()).stream()
        .filter(d -> d.guid().equals(guid))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void an_item_nobody_took_leaves_the_desk_after_the_keep_time_and_a_taken_one_stays() {
    long stale = arrive("urn:ap:stale", "Vieille dépêche");
    long kept = arrive("urn:ap:kept", "Dépêche prise");
    reporter.post("/newsroom/incoming/" + kept + "/take");

    clock.advance(IncomingDesk.DEFAULT_KEEP.plusMinutes(1));
    {
      // Two days on, the morning's sessions have ended: a new one.
      NewsroomClient later =
          NewsroomClient.signIn(app, "desk.reporter@newsroom.test", Newsroom.PASSWORD);
      String desk = later.get("/newsroom/incoming").body();
      assertThat(desk).doesNotContain("Vieille dépêche").contains("Dépêche prise");
      assertThat(later.get("/newsroom/incoming?state=expired").body()).contains("Vieille dépêche");
      assertThat(w.incomingDesk().preview(stale).orElseThrow().item().state())
          .isEqualTo(IncomingState.EXPIRED);

      // A longer keep brings it back at once: expiry is counted when read.
      w.incomingDesk().keep(Duration.ofHours(72));
      assertThat(later.get("/newsroom/incoming").body()).contains("Vieille dépêche");
    }
  }
}
