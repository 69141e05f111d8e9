package org.dateline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.article.Block;
import org.dateline.edition.Editions;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.editor.Draft;
import org.dateline.newsroom.workflow.Action;
import org.dateline.newsroom.workflow.DeskQuery;
import org.dateline.newsroom.workflow.Stage;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.newsroom.workflow.Story;
import org.dateline.newsroom.workflow.Workflow;
import org.dateline.section.Sections;
import org.dateline.shared.Html;
import org.dateline.translation.Translations;

/**
 * The demo's translated stories (decision 0087): a few stories of {@code demo/translations.json}
 * published in several editions as translations of one another, made the way an editor makes them —
 * the original written and published in its edition, then translated with {@link Translations} into
 * each other edition, the translated text saved over the draft and published through the {@link
 * Workflow}. So the public site shows the language switcher and {@code hreflang} alternates, and
 * the newsroom shows the stories as one translation group. A group whose original is on the desk
 * already is left alone; an edition that does not exist is skipped.
 */
public final class DemoTranslations {
  /** The file of translated stories: groups of versions, one per edition code. */
  public static final String FILE = "demo/translations.json";

  private final Stories stories;
  private final Translations translations;
  private final Workflow workflow;
  private final Sections sections;
  private final Editions editions;

  public DemoTranslations(
      Stories stories,
      Translations translations,
      Workflow workflow,
      Sections sections,
      Editions editions) {
    this.stories = stories;
    this.translations = translations;
    this.workflow = workflow;
    this.sections = sections;
    this.editions = editions;
  }

  /** Makes and publishes the groups not made yet, by this editor; returns the stories published. */
  public int ensure(User editor) {
    int published = 0;
    for (JsonNode group : groups()) {
      String original = group.path("original").asText();
      JsonNode versions = group.path("versions");
      JsonNode first = versions.path(original);
      if (editions.byCode(original).isEmpty() || exists(original, first, editor)) {
        continue;
      }
      Story source = publish(stories.create(editor, original), first, editor);
      published++;
      for (Map.Entry<String, JsonNode> v : iterable(versions)) {
        if (v.getKey().equals(original) || editions.byCode(v.getKey()).isEmpty()) {
          continue;
        }
        publish(translations.translate(source.id(), v.getKey(), editor), v.getValue(), editor);
        published++;
      }
    }
    return published;
  }

  private boolean exists(String edition, JsonNode version, User editor) {
    String headline = version.path("headline").asText();
    for (Stage stage : Stage.values()) {
      DeskQuery q =
          new DeskQuery(
              stage,
              Optional.empty(),
              Optional.empty(),
              Optional.of(headline),
              Optional.of(edition));
      if (stories.desk(q, editor, 50).stream()
          .anyMatch(s -> s.draft().headline().equals(headline))) {
        return true;
      }
    }
    return false;
  }

  private Story publish(Story draft, JsonNode version, User editor) {
    sections.ensureIn(draft.edition(), version.path("section").asText());
    Story saved = stories.save(draft.id(), draft.version(), draft(version), editor, "demo");
    return workflow.apply(saved.id(), Workflow.Request.of(Action.PUBLISH), editor);
  }

  private static Draft draft(JsonNode v) {
    List<Block> body = new ArrayList<>();
    v.path("body").forEach(p -> body.add(new Block.Paragraph(Html.escape(p.asText()))));
    List<String> bylines = new ArrayList<>();
    v.path("bylines").forEach(n -> bylines.add(n.asText()));
    List<String> tags = new ArrayList<>();
    v.path("tags").forEach(n -> tags.add(n.asText()));
    JsonNode d = v.path("dateline");
    return new Draft(
        v.path("headline").asText(),
        v.path("summary").asText(),
        v.path("section").asText(),
        bylines,
        d.path("place").asText(),
        d.path("date").asText(),
        d.path("source").asText(),
        body,
        tags,
        5);
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object::fields;
  }

  private static JsonNode groups() {
    try (InputStream in = DemoTranslations.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing demo resource " + FILE);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
