package org.dateline.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import org.dateline.shared.OnFirstUse;
import org.dateline.web.CachedPage;
import org.dateline.web.PublicPages;

/**
 * The content API's route table: read-only JSON under {@code /api/v1/}, public (no guard), GET and
 * HEAD, CORS for any origin, and a preflight answer for OPTIONS.
 */
public final class ApiRoutes {
  private final ContentApi api;
  private final PublicPages pages;
  private final OnFirstUse<String> openApi;

  public ApiRoutes(ContentApi api, PublicPages pages, String baseUrl) {
    this.api = api;
    this.pages = pages;
    // Composed at its first request, not on a start's main thread: parsing and merging 41 KB of
    // JSON before the port opens cost 60-85 ms of CPU (decision 0127), for a document few ask for.
    this.openApi = OnFirstUse.of(() -> OpenApiDocument.compose(baseUrl));
  }

  private static void read(RoutesConfig r, String path, Handler handler) {
    r.get(path, handler);
    r.head(path, handler);
  }

  public void register(RoutesConfig r) {
    r.before(Cors.PREFIX + "*", Cors::apply);
    r.options(Cors.PREFIX + "*", Cors::preflight);
    read(r, "/api/v1/openapi.json", this::openApi);
    read(r, "/api/v1/articles", api::articles);
    read(r, "/api/v1/articles/{id}", api::article);
    read(r, "/api/v1/sections", api::sections);
    read(r, "/api/v1/sections/{slug}", api::section);
    read(r, "/api/v1/topics", api::topics);
    read(r, "/api/v1/topics/{slug}", api::topic);
    read(r, "/api/v1/authors", api::authors);
    read(r, "/api/v1/authors/{slug}", api::author);
  }

  /** The composed OpenAPI document; it changes only with a new release. */
  private void openApi(io.javalin.http.Context ctx) {
    pages.serve(
        ctx,
        "/api/v1/openapi.json",
        () -> {
          CachedPage page = pages.document(200, "application/json; charset=utf-8", openApi.get());
          return page;
        });
  }
}
