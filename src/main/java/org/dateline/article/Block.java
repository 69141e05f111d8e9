package org.dateline.article;

import java.util.List;
import java.util.Optional;

/** One block of a story's body. Inline markup in paragraphs is sanitized HTML (see shared.Html). */
public sealed interface Block {
  /** A paragraph; {@code html} holds only allow-listed inline markup. */
  record Paragraph(String html) implements Block {}

  /** A sub-heading inside the story. */
  record Heading(String text) implements Block {}

  /** A block quote, with who said it (may be empty). */
  record Quote(String text, String cite) implements Block {}

  /** A bulleted or numbered list. */
  record ListBlock(boolean ordered, List<String> items) implements Block {
    public ListBlock {
      items = List.copyOf(items);
    }
  }

  /**
   * An inline photo. {@code src} is the URL of the image (empty when the story arrived without the
   * image file); {@code srcset} lists smaller renditions; alt text describes the picture.
   */
  record Photo(
      String src, String srcset, int width, int height, String alt, String caption, String credit)
      implements Block {
    public Photo {
      src = src == null ? "" : src;
      srcset = srcset == null ? "" : srcset;
      credit = credit == null ? "" : credit;
      if (alt == null || alt.isBlank()) {
        throw new IllegalArgumentException("a photo needs alt text");
      }
      caption = caption == null ? "" : caption;
    }

    public Optional<String> image() {
      return src.isEmpty() ? Optional.empty() : Optional.of(src);
    }
  }
}
