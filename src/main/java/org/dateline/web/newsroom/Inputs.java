package org.dateline.web.newsroom;

import io.javalin.http.Context;
import java.util.Optional;
import org.dateline.shared.Ids;
import org.dateline.web.BadRequest;
import org.dateline.web.NotFound;

/**
 * Parsing of the ids and small values the newsroom's admin pages read from paths, queries and
 * forms.
 */
final class Inputs {

  private Inputs() {}

  /** The path's {@code {id}}; anything but a positive number names nothing: 404. */
  static long pathId(Context ctx) {
    return Ids.parse(ctx.pathParam("id")).orElseThrow(() -> new NotFound("no such item"));
  }

  /** A required id from a form field: 400 when missing or not a number. */
  static long formId(Context ctx, String field) {
    return optionalId(ctx.formParam(field), field)
        .orElseThrow(() -> new BadRequest("Please choose an item."));
  }

  /** An optional id (absent or empty gives empty; anything but a positive number: 400). */
  static Optional<Long> optionalId(String text, String what) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (!text.strip().matches(Ids.PATTERN)) {
      throw new BadRequest("The " + what + " in the address is not valid.");
    }
    return Optional.of(Long.parseLong(text.strip()));
  }

  /** A form field, stripped; "" when absent. */
  static String text(Context ctx, String field) {
    String value = ctx.formParam(field);
    return value == null ? "" : value.strip();
  }
}
