package org.dateline.distribution;

import org.dateline.article.Block;

/** One block of a story's body on the wire: a text block as stored, or a photo with renditions. */
public sealed interface WireBlock {
  /** A paragraph, heading, quote or list, its text made safe for every format. */
  record Text(Block block) implements WireBlock {
    public Text {
      block = safe(block);
    }

    private static Block safe(Block block) {
      // Java 17: no pattern matching in switch yet.
      if (block instanceof Block.Paragraph p) {
        return new Block.Paragraph(SafeText.clean(p.html()));
      } else if (block instanceof Block.Heading h) {
        return new Block.Heading(SafeText.line(h.text()));
      } else if (block instanceof Block.Quote q) {
        return new Block.Quote(SafeText.clean(q.text()), SafeText.line(q.cite()));
      } else if (block instanceof Block.ListBlock l) {
        return new Block.ListBlock(l.ordered(), l.items().stream().map(SafeText::line).toList());
      }
      throw new IllegalArgumentException("a photo travels as WireBlock.Photo");
    }
  }

  /** A photo in its place in the body. */
  record Photo(WirePhoto photo) implements WireBlock {}
}
