package org.dateline.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.Config;
import org.dateline.Wiring;
import org.dateline.article.ArticleContent;
import org.dateline.article.ArticleId;
import org.dateline.article.ArticleSummary;
import org.dateline.article.Block;
import org.dateline.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page's lead and top stories are chosen by the curation facade: the editors' first public
 * pick leads; without picks, the newest story with a lead photo, then the newest others.
 */
class CurationFrontIT {
  @TempDir Path data;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
  Wiring w;

  @BeforeEach
  void open() {
    w = new Wiring(Config.of(data, "127.0.0.1", 0), clock);
  }

  @AfterEach
  void close() {
    w.close();
  }

  private ArticleId publish(String headline, boolean photo, int minute) {
    List<Block> body = new ArrayList<>();
    body.add(new Block.Paragraph("The story of " + headline + "."));
    if (photo) {
      body.add(
          new Block.Photo(
              "/media/p" + minute + ".jpg", "", 800, 600, "A photo", "Caption.", "Agency"));
    }
    var content =
        new ArticleContent(
            headline, "", "en", "", List.of("Rita Reporter"), Optional.empty(), body, List.of(), 5);
    return w.articles()
        .publish(content, clock.instant().plusSeconds(60L * minute), Optional.empty())
        .article()
        .id();
  }

  private static List<String> headlines(List<ArticleSummary> stories) {
    return stories.stream().map(ArticleSummary::headline).toList();
  }

  @Test
  void given_no_picks_the_newest_story_with_a_photo_leads_and_the_newest_others_follow() {
    publish("Oldest", false, 1);
    publish("With a photo, 사진", true, 2);
    publish("Newer", false, 3);
    publish("Newest", false, 4);

    Curation.Front front = w.curation().front();

    assertThat(front.curated()).isFalse();
    assertThat(front.lead().map(ArticleSummary::headline)).contains("With a photo, 사진");
    assertThat(headlines(front.rest())).containsExactly("Newest", "Newer", "Oldest");
  }

  @Test
  void given_picks_the_first_public_pick_leads_and_the_newest_fill_the_places_left() {
    ArticleId killedPick = publish("Killed pick", true, 1);
    ArticleId pick = publish("Editors' pick", false, 2);
    publish("Newer", false, 3);
    publish("Newest with a photo", true, 4);
    w.curation().add(killedPick);
    w.curation().add(pick);
    w.articles().kill(killedPick);

    Curation.Front front = w.curation().front();

    assertThat(front.curated()).isTrue();
    assertThat(front.lead().map(ArticleSummary::headline)).contains("Editors' pick");
    assertThat(headlines(front.rest())).containsExactly("Newest with a photo", "Newer");
    assertThat(headlines(front.all()))
        .doesNotContain("Killed pick")
        .hasSize(Math.min(Curation.PLACES, 3));
  }
}
