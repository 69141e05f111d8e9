package org.dateline.subscriber;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.shared.Text;

/**
 * What an admin says about a subscriber, checked: a name, a contact, section slugs, edition codes,
 * formats, an optional http(s) webhook URL and a rate limit. Sections and editions are checked
 * against the store by {@link Subscribers}.
 */
public record SubscriberForm(
    String name,
    String contact,
    List<String> sections,
    List<String> editions,
    List<String> formats,
    Optional<String> webhookUrl,
    int ratePerSecond) {
  public static final int MAX_NAME = 200;
  public static final int MAX_CONTACT = 300;
  public static final int MAX_RATE = 1_000_000;
  public static final int DEFAULT_RATE = 50;
  public static final List<String> FORMATS = List.of("ninjs", "newsmlg2");

  /** An edition's code: a BCP 47 language tag ({@code en}, {@code ko}, {@code zh-Hans}). */
  private static final Pattern EDITION =
      Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*", Pattern.CASE_INSENSITIVE);

  public SubscriberForm {
    name = Text.name(name == null ? "" : name);
    contact = Text.line(contact == null ? "" : contact);
    if (name.isEmpty()) {
      throw new SubscriberRefused("A subscriber needs a name.");
    }
    if (Text.length(name) > MAX_NAME) {
      throw new SubscriberRefused("The name is longer than " + MAX_NAME + " characters.");
    }
    if (Text.length(contact) > MAX_CONTACT) {
      throw new SubscriberRefused("The contact is longer than " + MAX_CONTACT + " characters.");
    }
    sections = distinct(sections, s -> Text.name(s));
    editions = distinct(editions, String::strip);
    for (String e : editions) {
      if (!EDITION.matcher(e).matches()) {
        throw new SubscriberRefused(
            "\"" + e + "\" is not an edition's code (such as en, ko or zh-Hans).");
      }
    }
    formats = distinct(formats, f -> f.strip().toLowerCase(Locale.ROOT));
    if (formats.isEmpty()) {
      formats = FORMATS;
    }
    for (String f : formats) {
      if (!FORMATS.contains(f)) {
        throw new SubscriberRefused("\"" + f + "\" is not a wire format (ninjs or newsmlg2).");
      }
    }
    webhookUrl = webhookUrl.map(String::strip).filter(u -> !u.isEmpty());
    webhookUrl.ifPresent(SubscriberForm::checkUrl);
    if (ratePerSecond < 1 || ratePerSecond > MAX_RATE) {
      throw new SubscriberRefused(
          "The rate limit must be between 1 and " + MAX_RATE + " requests a second.");
    }
  }

  private static void checkUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new SubscriberRefused("The webhook URL \"" + url + "\" is not a URL.");
    }
    if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawFragment() != null
        || url.length() > 2000) {
      throw new SubscriberRefused(
          "The webhook URL \""
              + url
              + "\" must be an absolute http or https URL, without user name or fragment.");
    }
  }

  private static List<String> distinct(
      List<String> values, java.util.function.UnaryOperator<String> clean) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String v : values == null ? List.<String>of() : values) {
      String c = clean.apply(v == null ? "" : v);
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return List.copyOf(new ArrayList<>(out));
  }
}
