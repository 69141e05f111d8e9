package org.dateline.distribution;

import java.util.Optional;

/** A writer of the story and, when the site has one, the absolute URL of their author page. */
public record Byline(String name, Optional<String> url) {
  public Byline {
    name = SafeText.line(name);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a byline needs a name");
    }
  }
}
