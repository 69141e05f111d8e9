package org.dateline.shared;

/**
 * An inline HTML fragment that went through the allow-list of {@link Html#safeInline}: the only
 * thing a template may print unescaped ({@code $unsafe}). Only the sanitizer builds one; {@code
 * ArchitectureTest} checks both (decision 0018). Immutable.
 */
public final class SafeHtml {
  private final String html;

  SafeHtml(String sanitized) {
    this.html = sanitized;
  }

  /** The sanitized markup. */
  public String html() {
    return html;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SafeHtml other && other.html.equals(html);
  }

  @Override
  public int hashCode() {
    return html.hashCode();
  }

  @Override
  public String toString() {
    return html;
  }
}
