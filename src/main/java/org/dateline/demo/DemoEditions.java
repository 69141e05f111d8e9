package org.dateline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.article.ArticleContent;
import org.dateline.article.Articles;
import org.dateline.article.Block;
import org.dateline.article.Dateline;
import org.dateline.edition.DatelineStyle;
import org.dateline.edition.Edition;
import org.dateline.edition.Editions;
import org.dateline.section.Sections;
import org.dateline.shared.Html;
import org.dateline.shared.Slugs;

/**
 * The demo's other language editions for {@link DemoContent}: each file under {@code
 * demo/editions/} holds an edition (added unless it exists), its sections and its stories, written
 * in the edition's language (decision 0068). Loading again changes nothing.
 */
final class DemoEditions {
  private final Articles articles;
  private final Sections sections;
  private final Editions editions;

  DemoEditions(Articles articles, Sections sections, Editions editions) {
    this.articles = articles;
    this.sections = sections;
    this.editions = editions;
  }

  DemoContent.Loaded load() {
    int[] counts = new int[3];
    for (String code : DemoContent.EDITIONS) {
      JsonNode file = DemoContent.json("demo/editions/" + code + ".json");
      Edition edition = editions.byCode(code).orElseGet(() -> editions.add(edition(file), "demo"));
      file.path("sections").forEach(name -> sections.ensureIn(edition.code(), name.asText()));
      for (JsonNode story : file.path("stories")) {
        ArticleContent content = editionContent(story, edition);
        var result =
            articles.publish(
                content,
                LocalDateTime.parse(story.path("published").asText())
                    .atZone(edition.zone())
                    .toInstant(),
                Optional.of("demo:" + code + ":" + Slugs.of(content.headline())));
        counts[result.outcome().ordinal()]++;
      }
    }
    return new DemoContent.Loaded(counts[0], counts[1], counts[2]);
  }

  private Edition edition(JsonNode file) {
    JsonNode e = file.path("edition");
    Edition site = editions.current();
    return new Edition(
        site.siteName(),
        e.path("code").asText(),
        ZoneId.of(e.path("zone").asText()),
        e.path("datePattern").asText(),
        site.feedText(),
        e.path("name").asText(),
        e.path("prefix").asText(),
        Optional.empty(),
        new DatelineStyle(e.path("datelineStyle").asText()),
        Edition.Direction.of(e.path("direction").asText()),
        e.path("position").asInt(),
        false);
  }

  private static ArticleContent editionContent(JsonNode s, Edition edition) {
    List<Block> body = new ArrayList<>();
    s.path("body").forEach(p -> body.add(new Block.Paragraph(Html.escape(p.asText()))));
    List<String> bylines = new ArrayList<>();
    s.path("bylines").forEach(n -> bylines.add(n.asText()));
    List<String> tags = new ArrayList<>();
    s.path("tags").forEach(n -> tags.add(n.asText()));
    JsonNode d = s.path("dateline");
    return new ArticleContent(
        s.path("headline").asText(),
        s.path("summary").asText(),
        edition.code(),
        s.path("section").asText(),
        bylines,
        Optional.of(
            new Dateline(
                d.path("place").asText(), d.path("date").asText(), d.path("source").asText())),
        body,
        tags,
        5);
  }
}
