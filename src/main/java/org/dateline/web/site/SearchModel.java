package org.dateline.web.site;

import java.util.List;
import org.dateline.search.SearchResults.Span;
import org.dateline.web.site.Model.Chrome;
import org.dateline.web.site.Model.Meta;

/** The search page's model: records only, every value computed in Java. */
public final class SearchModel {
  private SearchModel() {}

  /**
   * The search page. {@code notice} explains an empty, too long or corrected query; {@code
   * correctedHref}/{@code correctedText} link the spelling suggestion ("Did you mean") or, when the
   * corrected text was searched instead, {@code originalHref} the search as typed.
   */
  public record SearchPage(
      Chrome chrome,
      Meta meta,
      String q,
      boolean newest,
      String notice,
      String searchedInstead,
      String originalHref,
      String didYouMean,
      String didYouMeanHref,
      String countText,
      List<Result> results,
      List<Filter> active,
      List<FacetBox> facets,
      Model.Pager pager) {}

  /** One story found: its address, the headline and snippet spans, section and time. */
  public record Result(
      String href,
      List<Span> headline,
      List<Span> snippet,
      String section,
      String timeText,
      String timeIso,
      String archiveHref) {}

  /** A filter in use and the address without it. */
  public record Filter(String label, String removeHref) {}

  /** A facet: its heading and values with counts and addresses. */
  public record FacetBox(String heading, List<FacetLink> values) {}

  /** A facet value; {@code archiveHref} links a month to the date archive ("" otherwise). */
  public record FacetLink(String label, long count, String href, String archiveHref) {}
}
