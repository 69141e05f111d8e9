package org.dateline.search.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dateline.article.Block;
import org.dateline.article.format.BodyJson;
import org.dateline.search.IndexedStory;
import org.dateline.search.IndexedStory.Piece;
import org.junit.jupiter.api.Test;

/**
 * The rebuild's one-pass reading of a stored body gives the pieces of the blocks {@link
 * BodyJson#read} gives (decision 0122): on bodies in five scripts, on every kind of block, on JSON
 * written another way than {@link BodyJson#write} writes it, and on seeded random bodies.
 */
class BodyPiecesTest {
  private static final String[] WORDS = {
    "harbour",
    "Zürich",
    "서울",
    "東京",
    "北京",
    "القاهرة",
    "café",
    "naïve",
    "<b>",
    "&amp;",
    "\"quoted\"",
    "a\\b",
    "\u00a0",
    "\u2028",
    "\t",
    "emoji 😀",
    "Ωmega",
    "x&#233;y",
    "",
  };

  private static List<Piece> expected(String json) {
    return IndexedStory.pieces(BodyJson.read(json));
  }

  @Test
  void every_kind_of_block_in_five_scripts_reads_as_its_blocks_read() {
    List<Block> body =
        List.of(
            new Block.Paragraph("The <b>harbour</b> &amp; the <a href=\"/x\">city</a>."),
            new Block.Heading("서울의 항구"),
            new Block.Quote("東京の港は静かだった。", "山田 太郎"),
            new Block.Quote("北京没有引用", ""),
            new Block.ListBlock(true, List.of("القاهرة <i>اليوم</i>", "Zürich &lt;3")),
            new Block.Photo(
                "/media/a.jpg",
                "/media/a-640.jpg 640w",
                1200,
                800,
                "Le café",
                "Un café à Montréal",
                "Crédit",
                new Block.Focus(
                    0.25,
                    0.75,
                    new Block.Crop("/media/a-card.jpg", 1200, 630),
                    new Block.Crop("/media/a-thumb.jpg", 400, 400))),
            new Block.Photo("", "", 0, 0, "Sans image", "", "", Block.Focus.CENTRE));
    String json = BodyJson.write(body);

    List<Piece> pieces = BodyPieces.read(json);

    assertThat(pieces).isEqualTo(expected(json));
    assertThat(pieces)
        .extracting(Piece::text)
        .contains("서울의 항구", "東京の港は静かだった。", "山田 太郎", "Un café à Montréal");
  }

  @Test
  void json_written_another_way_reads_as_a_tree_reads_it() {
    List<String> bodies =
        List.of(
            // the type last, an unknown member, a repeated name (the later one wins)
            "[{\"html\":\"first\",\"x\":{\"deep\":[1,2,{\"y\":null}]},\"html\":\"later\",\"type\":\"paragraph\"}]",
            // values that are not strings
            "[{\"type\":\"heading\",\"text\":12},{\"type\":\"heading\",\"text\":1.5e3}]",
            "[{\"type\":\"heading\",\"text\":true},{\"type\":\"heading\",\"text\":null}]",
            "[{\"type\":\"heading\",\"text\":{\"a\":\"b\"}},{\"type\":\"heading\",\"text\":[\"c\"]}]",
            // missing members, items as an object, a scalar and with containers inside
            "[{\"type\":\"quote\"},{\"type\":\"list\",\"items\":{\"a\":\"one\",\"b\":\"two\"}}]",
            "[{\"type\":\"list\",\"items\":\"none\"},{\"type\":\"list\",\"items\":[\"x\",[1],{\"k\":2},7]}]",
            "[{\"type\":\"photo\",\"alt\":\"alt\",\"caption\":\"  padded caption  \"}]",
            "[]");
    for (String json : bodies) {
      assertThat(BodyPieces.read(json)).as(json).isEqualTo(expected(json));
    }
  }

  @Test
  void an_unknown_block_type_or_a_body_that_is_not_an_array_is_refused() {
    assertThatThrownBy(() -> BodyPieces.read("[{\"type\":\"video\"}]"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> BodyPieces.read("{\"type\":\"paragraph\"}"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> BodyPieces.read("[{\"type\":"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void seeded_random_bodies_read_as_their_blocks_read() {
    long seed = Long.getLong("property.seed", System.nanoTime());
    Random random = new Random(seed);
    for (int n = 0; n < 2_000; n++) {
      String json = BodyJson.write(body(random));
      assertThat(BodyPieces.read(json)).as("seed %d: %s", seed, json).isEqualTo(expected(json));
    }
  }

  private static List<Block> body(Random random) {
    List<Block> body = new ArrayList<>();
    for (int b = 1 + random.nextInt(6); b > 0; b--) {
      body.add(
          switch (random.nextInt(5)) {
            case 0 -> new Block.Paragraph(text(random));
            case 1 -> new Block.Heading(text(random));
            case 2 -> new Block.Quote(text(random), text(random));
            case 3 ->
                new Block.ListBlock(random.nextBoolean(), List.of(text(random), text(random)));
            default ->
                new Block.Photo(
                    "/media/p.jpg", "", 10, 10, "alt " + text(random), text(random), text(random));
          });
    }
    return body;
  }

  private static String text(Random random) {
    StringBuilder s = new StringBuilder();
    for (int w = random.nextInt(6); w > 0; w--) {
      s.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : "");
    }
    return s.toString();
  }
}
