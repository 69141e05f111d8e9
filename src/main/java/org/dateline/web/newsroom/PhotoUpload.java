package org.dateline.web.newsroom;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.OptionalInt;
import org.dateline.media.PhotoRejected;
import org.dateline.media.Photos;
import org.dateline.media.StoredCrops;
import org.dateline.media.StoredPhoto;
import org.dateline.web.Params;
import org.dateline.web.site.MediaFiles;

/**
 * Takes a photo from the editor (multipart field {@code file}) and answers its URLs as JSON; shows
 * the newsroom every stored photo, published or not.
 */
public final class PhotoUpload {
  /** The most an upload request may be: the largest photo plus the multipart envelope. */
  public static final long MAX_REQUEST_BYTES = Photos.MAX_BYTES + 64 * 1024;

  private final Photos photos;
  private final MediaFiles media;

  public PhotoUpload(Photos photos, MediaFiles media) {
    this.photos = photos;
    this.media = media;
  }

  /** GET /newsroom/media/{name}: a stored photo, also one no public story shows yet. */
  public void show(Context ctx) {
    media.serveToNewsroom(ctx);
  }

  public void upload(Context ctx) throws IOException {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw new PhotoRejected("Please choose a photo to upload.");
    }
    if (file.size() > Photos.MAX_BYTES) {
      throw new PhotoRejected(
          "This photo is larger than " + Photos.MAX_BYTES / (1024 * 1024) + " MB.");
    }
    byte[] bytes;
    try (InputStream in = file.content()) {
      bytes = in.readNBytes(Photos.MAX_BYTES + 1);
    }
    StoredPhoto stored = photos.store(bytes);
    ctx.json(
        Map.of(
            "ok",
            true,
            "src",
            stored.src(),
            "srcset",
            stored.srcset(),
            "width",
            stored.width(),
            "height",
            stored.height()));
  }

  /**
   * POST /newsroom/photos/crops: crops a stored photo around the focal point the editor clicked
   * ({@code src}; {@code x} and {@code y} in thousandths of its width and height from the top left)
   * and answers the social card's and the thumbnail's files as JSON.
   */
  public void crops(Context ctx) {
    OptionalInt x = Params.number(ctx.formParam("x"));
    OptionalInt y = Params.number(ctx.formParam("y"));
    if (!permille(x) || !permille(y)) {
      throw new PhotoRejected("The focal point must lie on the photo.");
    }
    StoredCrops crops =
        photos.crops(ctx.formParam("src"), x.getAsInt() / 1000.0, y.getAsInt() / 1000.0);
    ctx.json(Map.of("ok", true, "card", crop(crops.card()), "thumb", crop(crops.thumb())));
  }

  private static boolean permille(OptionalInt n) {
    return n.isPresent() && n.getAsInt() >= 0 && n.getAsInt() <= 1000;
  }

  private static Map<String, Object> crop(StoredPhoto crop) {
    return Map.of("src", crop.src(), "width", crop.width(), "height", crop.height());
  }
}
