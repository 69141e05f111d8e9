package org.dateline.distribution;

/**
 * What a story is filed under: its section or one of its topics. {@code code} is the slug as it
 * stands in a URL path (ASCII, letters of other scripts percent-encoded; stable); {@code scheme}
 * the base URL of the section or topic pages ({@code https://news.example/section/}), so that
 * {@link #uri} (scheme + code) is the public page of the section or topic and also the concept's
 * identifier on the wire (decision 0016).
 */
public record Subject(Kind kind, String name, String code, String scheme) {
  /** A section (the story has at most one) or a topic (any number). */
  public enum Kind {
    SECTION,
    TOPIC
  }

  public Subject {
    name = SafeText.line(name);
    if (name.isEmpty()
        || !code.matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})+")
        || !scheme.endsWith("/")) {
      throw new IllegalArgumentException(
          "a subject needs a name, a URL-safe code and a scheme URL ending in /");
    }
  }

  /** The section's or topic's public page: scheme + code. */
  public String uri() {
    return scheme + code;
  }
}
