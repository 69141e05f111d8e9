package org.dateline.media;

/** An upload that is not a usable photo; the message is written for the person who sent it. */
public final class PhotoRejected extends RuntimeException {
  public PhotoRejected(String message) {
    super(message);
  }

  PhotoRejected(String message, Throwable cause) {
    super(message, cause);
  }
}
