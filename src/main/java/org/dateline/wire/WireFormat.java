package org.dateline.wire;

import java.util.Locale;
import java.util.Optional;
import org.dateline.distribution.newsmlg2.BodyFormat;
import org.dateline.distribution.ninjs.NinjsVersion;

/**
 * A format the wire answers in: ninjs 2.x or 3.x, or NewsML-G2 with an XHTML or NITF body.
 *
 * @param name {@code ninjs} or {@code newsmlg2} (what a subscriber's formats list)
 */
public record WireFormat(String name, Optional<NinjsVersion> ninjs, Optional<BodyFormat> body) {

  public static final WireFormat NINJS_2 =
      new WireFormat("ninjs", Optional.of(NinjsVersion.V2), Optional.empty());

  /** The format a request names: {@code format=ninjs|newsmlg2}, {@code version}, {@code body}. */
  public static WireFormat of(String format, String version, String body) {
    String f = format == null || format.isEmpty() ? "ninjs" : format.toLowerCase(Locale.ROOT);
    switch (f) {
      case "ninjs" -> {
        String v = version == null || version.isEmpty() ? "2" : version;
        return new WireFormat(
            "ninjs",
            Optional.of(
                NinjsVersion.of(v)
                    .orElseThrow(
                        () ->
                            new WireRefused(
                                "bad_version",
                                "ninjs version \"" + v + "\" is not served; ask for 2 or 3."))),
            Optional.empty());
      }
      case "newsmlg2" -> {
        String b = body == null || body.isEmpty() ? "xhtml" : body;
        return new WireFormat(
            "newsmlg2",
            Optional.empty(),
            Optional.of(
                BodyFormat.of(b)
                    .orElseThrow(
                        () ->
                            new WireRefused(
                                "bad_body",
                                "body \"" + b + "\" is not served; ask for xhtml or nitf."))));
      }
      default ->
          throw new WireRefused(
              "bad_format", "format \"" + format + "\" is not served; ask for ninjs or newsmlg2.");
    }
  }

  public String contentType() {
    return ninjs.isPresent() ? "application/json; charset=utf-8" : "application/xml; charset=utf-8";
  }

  /** A key for caches: {@code ninjs-2.2}, {@code newsmlg2-nitf}. */
  String key() {
    return name
        + "-"
        + ninjs
            .map(v -> v.number)
            .orElseGet(() -> body.orElseThrow().name().toLowerCase(Locale.ROOT));
  }
}
