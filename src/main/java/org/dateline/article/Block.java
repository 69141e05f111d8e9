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
      String src,
      String srcset,
      int width,
      int height,
      String alt,
      String caption,
      String credit,
      Focus focus)
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
      focus = focus == null ? Focus.CENTRE : focus;
    }

    /** A photo with no focal point set: crops keep its centre. */
    public Photo(
        String src,
        String srcset,
        int width,
        int height,
        String alt,
        String caption,
        String credit) {
      this(src, srcset, width, height, alt, caption, credit, Focus.CENTRE);
    }

    /** The same photo with other files (a replacement, or the newsroom's addresses). */
    public Photo withFiles(String src, String srcset, int width, int height, Focus focus) {
      return new Photo(src, srcset, width, height, alt, caption, credit, focus);
    }

    public Optional<String> image() {
      return src.isEmpty() ? Optional.empty() : Optional.of(src);
    }
  }

  /**
   * Where the subject of a photo is, as fractions of its width ({@code x}) and height ({@code y})
   * from the top left, and the crops made around it: the social card and the list thumbnail ({@link
   * Crop#NONE} until the editor sets a focal point). Decision 0072.
   */
  record Focus(double x, double y, Crop card, Crop thumb) {
    /** No focal point chosen: the centre, and no crops of its own. */
    public static final Focus CENTRE = new Focus(0.5, 0.5, Crop.NONE, Crop.NONE);

    public Focus {
      x = fraction(x);
      y = fraction(y);
      card = card == null ? Crop.NONE : card;
      thumb = thumb == null ? Crop.NONE : thumb;
    }

    /** A number kept between 0 and 1, to a thousandth; not a number is the centre. */
    public static double fraction(double value) {
      if (Double.isNaN(value)) {
        return 0.5;
      }
      return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000.0;
    }

    /** Whether an editor chose this point (a photo without one has no crops). */
    public boolean chosen() {
      return !card.src().isEmpty() || !thumb.src().isEmpty() || x != 0.5 || y != 0.5;
    }
  }

  /** A cropped file of a photo and its size in pixels; {@link #NONE} when there is none. */
  record Crop(String src, int width, int height) {
    public static final Crop NONE = new Crop("", 0, 0);

    public Crop {
      src = src == null ? "" : src;
    }

    public boolean present() {
      return !src.isEmpty();
    }
  }
}
