package org.dateline.archfixture.shared;

/** Sanitized markup (fixture): made by the sanitizer {@link Html} only, as it should be. */
public final class SafeHtml {
  private final String html;

  SafeHtml(String html) {
    this.html = html;
  }

  public String html() {
    return html;
  }
}
