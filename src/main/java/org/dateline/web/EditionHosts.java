package org.dateline.web;

import java.util.List;
import java.util.Optional;
import org.dateline.edition.Edition;
import org.dateline.edition.Editions;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves an edition at its own host (decision 0087). The request's host is the {@code Host} header,
 * or the forwarded host when the request came through a trusted proxy ({@link TrustedProxies}). On
 * an edition's host, a GET or HEAD of one of the edition's pages ({@code /}, {@code /news}, {@code
 * /section/…}, {@code /article/…}, {@code /archive/…}, {@code /search}, the feeds…) is served as
 * its prefixed path ({@code /ko/news}) — so the page cache, keyed by that path, never gives one
 * host's page to another, and the bytes are the same whichever way a page is reached — and a
 * prefixed path answers 301 to the path without the prefix. On any other host, a prefixed path of
 * an edition that has a host answers 301 to the same page at that host. Site-wide paths ({@code
 * /assets}, {@code /media}, {@code /newsroom}, {@code /api}, {@code /wire}, {@code /sitemaps}…) and
 * other methods pass untouched. Editions are read on every request (a cached list that follows
 * their version), so a changed host counts at once. Thread-safe.
 */
public final class EditionHosts extends Handler.Wrapper {
  /** The first segments of an edition's pages, as the default edition writes them. */
  private static final List<String> PAGES =
      List.of("news", "section", "author", "tag", "article", "archive", "search");

  private final Editions editions;
  private final TrustedProxies proxies;
  private final String scheme;

  /** {@code baseUrl} gives the scheme an edition's host is addressed with. */
  public EditionHosts(Editions editions, TrustedProxies proxies, String baseUrl) {
    this.editions = editions;
    this.proxies = proxies;
    this.scheme = baseUrl.startsWith("http://") ? "http" : "https";
  }

  /** This handler in front of {@code next}. */
  Handler wrap(Handler next) {
    setHandler(next);
    return this;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
      return super.handle(request, response, callback);
    }
    String path = Request.getPathInContext(request);
    String first = firstSegment(path);
    Optional<Edition> atHost = editions.byHost(host(request));
    String query = request.getHttpURI().getQuery();
    String suffix = query == null ? "" : "?" + query;
    if (atHost.isPresent()) {
      Edition e = atHost.get();
      if (first.equals(e.prefix())) {
        String rest = path.substring(1 + first.length());
        redirect(request, response, callback, (rest.isEmpty() ? "/" : rest) + suffix);
        return true;
      }
      if (path.equals("/sitemap.xml")) {
        // The sitemaps of this host's edition (SitemapPages), cached apart from the main index.
        HttpURI uri =
            HttpURI.build(request.getHttpURI()).path("/sitemaps/index-" + e.code() + ".xml");
        return super.handle(Request.serveAs(request, uri), response, callback);
      }
      if (isEditionPage(path, first)) {
        String raw = request.getHttpURI().getPath();
        String inside = raw.equals("/") ? e.home() : e.root() + raw;
        HttpURI uri = HttpURI.build(request.getHttpURI()).path(inside);
        return super.handle(Request.serveAs(request, uri), response, callback);
      }
      return super.handle(request, response, callback);
    }
    Optional<Edition> elsewhere =
        first.isEmpty() ? Optional.empty() : editions.byPrefix(first).filter(EditionHosts::hosted);
    if (elsewhere.isPresent()) {
      String rest = path.substring(1 + first.length());
      redirect(
          request,
          response,
          callback,
          scheme
              + "://"
              + elsewhere.get().host().orElseThrow()
              + (rest.isEmpty() ? "/" : rest)
              + suffix);
      return true;
    }
    return super.handle(request, response, callback);
  }

  private static boolean hosted(Edition e) {
    return !e.isDefault() && e.host().isPresent();
  }

  /** The host the client asked for: by the trusted-proxy rule, else the {@code Host} header. */
  private String host(Request request) {
    String given = request.getHeaders().get(HttpHeader.HOST);
    String host = given == null ? Request.getServerName(request) : given;
    if (!proxies.any()) {
      return host;
    }
    return proxies
        .resolve(
            Request.getRemoteAddr(request),
            request.getHttpURI().getScheme(),
            host,
            name -> request.getHeaders().getValuesList(name))
        .host();
  }

  private static String firstSegment(String path) {
    if (path.length() < 2) {
      return "";
    }
    int end = path.indexOf('/', 1);
    return end < 0 ? path.substring(1) : path.substring(1, end);
  }

  /** Whether {@code path} is one of an edition's pages: home, lists, stories, search, feeds. */
  private static boolean isEditionPage(String path, String first) {
    return path.equals("/")
        || (path.startsWith("/feed.") && path.indexOf('/', 1) < 0)
        || PAGES.contains(first);
  }

  private static void redirect(
      Request request, Response response, Callback callback, String location) {
    Response.sendRedirect(request, response, callback, 301, location, true);
  }
}
