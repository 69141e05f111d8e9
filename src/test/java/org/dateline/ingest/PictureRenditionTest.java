package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.ingest.format.IncomingItem;
import org.junit.jupiter.api.Test;

/** Which rendition of a partner's picture is fetched (decision 0084). */
class PictureRenditionTest {
  private static IncomingItem.Rendition r(String href, String type, int width) {
    return new IncomingItem.Rendition("", href, type, width, 0);
  }

  private static IncomingItem.Picture picture(String uri, IncomingItem.Rendition... renditions) {
    return new IncomingItem.Picture(uri, "", "", List.of(renditions));
  }

  @Test
  void the_widest_rendition_up_to_the_widest_photo_kept_is_fetched() {
    assertThat(
            ItemVersions.href(
                picture(
                    "urn:p",
                    r("https://p.example/thumb.jpg", "image/jpeg", 320),
                    r("https://p.example/huge.jpg", "image/jpeg", 6000),
                    r("https://p.example/web.jpg", "image/jpeg", 2048))))
        .isEqualTo("https://p.example/web.jpg");
  }

  @Test
  void only_wider_renditions_give_the_narrowest_of_them() {
    assertThat(
            ItemVersions.href(
                picture(
                    "urn:p",
                    r("https://p.example/8k.jpg", "image/jpeg", 8000),
                    r("https://p.example/5k.jpg", "image/jpeg", 5000))))
        .isEqualTo("https://p.example/5k.jpg");
  }

  @Test
  void renditions_that_are_not_images_are_skipped_and_the_uri_is_the_last_resort() {
    assertThat(
            ItemVersions.href(
                picture(
                    "https://p.example/own.jpg",
                    r("https://p.example/clip.mp4", "video/mp4", 1280))))
        .isEqualTo("https://p.example/own.jpg");
    assertThat(ItemVersions.href(picture("urn:newsml:p:1"))).isEmpty();
    assertThat(ItemVersions.href(picture("urn:p", r("https://p.example/unknown", "", 0))))
        .isEqualTo("https://p.example/unknown");
  }
}
