package org.dateline.ingest;

import java.util.Optional;
import org.dateline.media.StoredPhoto;

/**
 * Port: fetches one of a partner's pictures and stores it as a photo, checked like an upload
 * (decision 0084). Implementations say why a picture was refused rather than throwing, so a refused
 * picture never keeps its item out.
 */
public interface PictureFetch {
  /** Fetches nothing: every picture is recorded as not fetched (tests that need no network). */
  PictureFetch NONE = (provider, href) -> Fetched.refused("pictures are not fetched here");

  /**
   * The photo stored from {@code href}, a picture of one of {@code provider}'s items, or why not.
   */
  Fetched fetch(Provider provider, String href);

  /** A picture stored, or the reason it was not (for the provider's log and the preview). */
  record Fetched(Optional<StoredPhoto> photo, String problem) {
    public static Fetched stored(StoredPhoto photo) {
      return new Fetched(Optional.of(photo), "");
    }

    public static Fetched refused(String problem) {
      return new Fetched(Optional.empty(), problem);
    }
  }
}
