package org.dateline.distribution;

import java.util.Comparator;
import java.util.List;

/**
 * A photo of a story as subscribers get it: a stable identifier, the alt text (what the picture
 * shows, for people who cannot see it), the caption and credit, and every rendition with its
 * absolute URL, largest first.
 */
public record WirePhoto(
    String uri, String alt, String caption, String credit, List<Rendition> renditions) {

  /**
   * One file of the photo. {@code name} is {@code w} and the width ({@code w1200}); width and
   * height are in pixels, 0 when unknown.
   */
  public record Rendition(String name, String href, int width, int height, String mimeType) {}

  public WirePhoto {
    alt = SafeText.line(alt);
    caption = SafeText.line(caption);
    credit = SafeText.line(credit);
    if (alt.isEmpty()) {
      throw new IllegalArgumentException("a photo needs alt text");
    }
    if (renditions.isEmpty()) {
      throw new IllegalArgumentException("a photo needs at least one rendition");
    }
    renditions =
        renditions.stream().sorted(Comparator.comparingInt(Rendition::width).reversed()).toList();
  }

  /** The largest rendition. */
  public Rendition largest() {
    return renditions.get(0);
  }

  /** The smallest rendition (for thumbnails and icons). */
  public Rendition smallest() {
    return renditions.get(renditions.size() - 1);
  }
}
