package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The editor's ES modules under fingerprinted URLs, whose relative imports still resolve; the
 * stylesheets kept in parts, served as one file each.
 */
class AssetsTest {
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:[^'\"]* from )?'(\\./[a-z]+\\.js)';", Pattern.MULTILINE);

  @Test
  void the_packaged_files_are_read_once_per_process_and_served_as_a_fresh_reading_serves_them() {
    Assets once = Assets.packaged();
    Assets fresh = new Assets();
    assertThat(Assets.packaged()).isSameAs(once);
    for (String file : Assets.FILES) {
      String url = once.url(file);
      assertThat(url).isEqualTo(fresh.url(file));
      assertThat(once.at(url)).isNotNull();
      assertThat(once.at(url).body()).isEqualTo(fresh.at(url).body());
    }
  }

  @Test
  void every_import_of_an_editor_module_resolves_to_a_served_fingerprinted_file() {
    // Given the packaged assets.
    Assets assets = new Assets();
    // When the browser loads the entry module and follows every relative import from where it is.
    String entry = assets.url("js/editor/main.js");
    assertThat(entry).matches("/static/js/editor\\.[0-9a-f]{10}/main\\.js");
    List<String> seen = new ArrayList<>();
    List<String> queue = new ArrayList<>(List.of(entry));
    while (!queue.isEmpty()) {
      String url = queue.remove(0);
      if (seen.contains(url)) {
        continue;
      }
      seen.add(url);
      CachedPage file = assets.at(url);
      // Then each one is served, as JavaScript.
      assertThat(file).as(url).isNotNull();
      assertThat(file.contentType()).startsWith("text/javascript");
      Matcher m = IMPORT.matcher(new String(file.body(), StandardCharsets.UTF_8));
      while (m.find()) {
        queue.add(URI.create(url).resolve(m.group(1)).toString());
      }
    }
    // And every module of the folder is reached, none left out of the fingerprinted set.
    assertThat(seen).hasSize(moduleFiles().size());
    assertThat(seen).allMatch(url -> url.startsWith(entry.substring(0, entry.lastIndexOf('/'))));
  }

  @Test
  void every_file_of_the_editor_folder_is_listed_as_an_asset() {
    assertThat(Assets.FILES.stream().filter(f -> f.startsWith("js/editor/")).toList())
        .containsExactlyInAnyOrderElementsOf(moduleFiles());
  }

  @Test
  void a_stylesheet_kept_in_parts_is_served_as_one_fingerprinted_file_of_its_parts_in_order()
      throws IOException {
    // Given the packaged assets.
    Assets assets = new Assets();
    for (var joined : Assets.JOINED.entrySet()) {
      // When a page asks for the stylesheet.
      String url = assets.url(joined.getKey());
      CachedPage served = assets.at(url);
      // Then it is one file under one fingerprint: every part, in the listed order.
      assertThat(url).matches("/static/css/[a-z]+\\.[0-9a-f]{10}\\.css");
      assertThat(served).as(url).isNotNull();
      assertThat(served.contentType()).startsWith("text/css");
      List<String> parts = new ArrayList<>();
      for (String part : joined.getValue()) {
        parts.add(Files.readString(Path.of("src/main/resources/public", part)));
        // And no part is served on its own.
        assertThat(assets.at("/static/" + part)).as(part).isNull();
      }
      assertThat(new String(served.body(), StandardCharsets.UTF_8))
          .isEqualTo(String.join("\n", parts));
    }
  }

  @Test
  void every_file_of_a_stylesheets_folder_is_one_of_its_parts() throws IOException {
    List<String> shared = files("css/shared");
    assertThat(shared).isNotEmpty();
    for (var joined : Assets.JOINED.entrySet()) {
      String folder = joined.getKey().substring(0, joined.getKey().length() - ".css".length());
      // Its own folder's files, after the parts every stylesheet shares (decision 0116).
      List<String> expected = new ArrayList<>(shared);
      expected.addAll(files(folder));
      assertThat(joined.getValue()).as(folder).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(joined.getValue().subList(0, shared.size()))
          .as(folder + ": the shared parts come first")
          .containsExactlyInAnyOrderElementsOf(shared);
    }
  }

  private static List<String> files(String folder) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/public", folder))) {
      return files.map(p -> folder + "/" + p.getFileName()).toList();
    }
  }

  private static List<String> moduleFiles() {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/public/js/editor"))) {
      return files.map(p -> "js/editor/" + p.getFileName()).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
