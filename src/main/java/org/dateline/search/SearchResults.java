package org.dateline.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One page of results: how many stories match in all, the page's hits with highlighted snippets,
 * the facets with counts over every match, and a spelling suggestion when one finds more.
 */
public record SearchResults(
    long total, List<Hit> hits, List<Facet> facets, Optional<String> suggestion) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  public static SearchResults none() {
    return new SearchResults(0, List.of(), List.of(), Optional.empty());
  }

  /**
   * A story found. The headline and the snippet are plain text in spans, the spans that matched the
   * query marked (templates escape the text and add the marks, so no stored text is ever markup);
   * {@code state} is the story's state in the store (always {@code published} for the public).
   */
  public record Hit(
      long articleId,
      String slug,
      List<Span> headline,
      List<Span> snippet,
      String section,
      String language,
      String state,
      Instant publishedAt) {
    public Hit {
      headline = List.copyOf(headline);
      snippet = List.copyOf(snippet);
    }

    /** The headline as plain text. */
    public String headlineText() {
      StringBuilder b = new StringBuilder();
      headline.forEach(s -> b.append(s.text()));
      return b.toString();
    }
  }

  /** A piece of text; {@code marked} when it matched the query. */
  public record Span(String text, boolean marked) {}

  /** One facet (section, author, topic, language, month) and its values with counts. */
  public record Facet(String name, List<Value> values) {
    public Facet {
      values = List.copyOf(values);
    }
  }

  /** A facet's value and how many of the matches have it. */
  public record Value(String label, long count) {}

  public Optional<Facet> facet(String name) {
    return facets.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
