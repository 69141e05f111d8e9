package org.dateline.distribution;

/**
 * What a story is filed under: its section or one of its topics. {@code code} is the slug (ASCII,
 * stable), {@code uri} the absolute URL of the section's or topic's public page, which is also the
 * concept's identifier on the wire (decision 0016).
 */
public record Subject(Kind kind, String name, String code, String uri) {
  /** A section (the story has at most one) or a topic (any number). */
  public enum Kind {
    SECTION,
    TOPIC
  }

  public Subject {
    name = SafeText.line(name);
    if (name.isEmpty() || code.isBlank() || uri.isBlank()) {
      throw new IllegalArgumentException("a subject needs a name, a code and a URI");
    }
  }
}
