package org.dateline.readership;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Known automated clients, by their User-Agent: crawlers, link previews, monitors, headless
 * browsers and HTTP libraries. A view without a User-Agent is no reader's either. Pure.
 */
public final class Bots {
  private static final Pattern KNOWN =
      Pattern.compile(
          "bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|headless|phantom"
              + "|lighthouse|pingdom|uptime|monitor|curl|wget|python|java/|okhttp|go-http"
              + "|httpclient|java-http|libwww|axios|node-fetch|scrapy|feedfetcher|wrk|ab/");

  private Bots() {}

  /** Whether a request with this User-Agent header (null when absent) is a known bot. */
  public static boolean isBot(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return true;
    }
    return KNOWN.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
  }
}
