package org.dateline.article;

import java.util.List;
import java.util.Optional;
import org.dateline.shared.Html;
import org.dateline.shared.SafeHtml;
import org.dateline.shared.Text;

/** One block of a story's body. Inline markup in paragraphs is sanitized HTML (see shared.Html). */
public sealed interface Block {
  /** A paragraph; {@code html} holds only allow-listed inline markup. */
  record Paragraph(String html) implements Block {
    public Paragraph {
      html = Text.line(html);
    }

    /** The markup, sanitized against the allow-list again: what a page prints (decision 0018). */
    public SafeHtml sanitized() {
      return Html.safeInline(html);
    }
  }

  /** A sub-heading inside the story. */
  record Heading(String text) implements Block {
    public Heading {
      text = Text.line(text);
    }
  }

  /** A block quote, with who said it (may be empty). */
  record Quote(String text, String cite) implements Block {
    public Quote {
      text = Text.line(text);
      cite = Text.line(cite);
    }
  }

  /** A bulleted or numbered list. */
  record ListBlock(boolean ordered, List<String> items) implements Block {
    public ListBlock {
      items = items.stream().map(Text::line).toList();
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
      credit = Text.line(credit);
      alt = Text.line(alt);
      if (alt.isEmpty()) {
        throw new IllegalArgumentException("a photo needs alt text");
      }
      caption = Text.line(caption);
    }

    public Optional<String> image() {
      return src.isEmpty() ? Optional.empty() : Optional.of(src);
    }
  }
}
