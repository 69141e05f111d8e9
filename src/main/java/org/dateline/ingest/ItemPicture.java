package org.dateline.ingest;

import java.time.Instant;
import java.util.Optional;
import org.dateline.media.StoredPhoto;
import org.dateline.shared.Text;

/**
 * A picture of an incoming item as fetched (decision 0084): stored as a photo here (the files of an
 * upload), or refused with the reason; with the caption, credit and alt text a story made of the
 * item gives it. {@code href} is the partner's address it was fetched from, kept only to say where
 * it came from: nothing links to it.
 *
 * @param position its place among the item's pictures, from 0
 */
public record ItemPicture(
    int position,
    String href,
    Optional<StoredPhoto> photo,
    String problem,
    String caption,
    String credit,
    String alt,
    Instant fetchedAt) {

  public ItemPicture {
    href = Text.line(href);
    problem = Text.line(problem);
    caption = Text.line(caption);
    credit = Text.line(credit);
    alt = Text.line(alt);
  }

  /** Whether the picture was stored (else it was refused, and {@link #problem} says why). */
  public boolean stored() {
    return photo.isPresent();
  }
}
