package org.dateline.newsroom.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.dateline.newsroom.editor.WordDiff.Kind;
import org.dateline.newsroom.editor.WordDiff.Part;
import org.dateline.newsroom.editor.WordDiff.Unit;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void an_inserted_word_is_added_between_the_kept_ones() {
    assertThat(WordDiff.between("The minister resigned", "The finance minister resigned"))
        .containsExactly(
            new Part(Kind.SAME, "The"),
            new Part(Kind.ADDED, "finance"),
            new Part(Kind.SAME, "minister resigned"));
  }

  @Test
  void a_deleted_word_is_removed_between_the_kept_ones() {
    assertThat(WordDiff.between("Fire in the old town hall", "Fire in the town hall"))
        .containsExactly(
            new Part(Kind.SAME, "Fire in the"),
            new Part(Kind.REMOVED, "old"),
            new Part(Kind.SAME, "town hall"));
  }

  @Test
  void a_replaced_word_is_removed_and_the_new_one_added() {
    assertThat(WordDiff.between("Kyiv talks end on Monday", "Kyiv talks end on Tuesday"))
        .containsExactly(
            new Part(Kind.SAME, "Kyiv talks end on"),
            new Part(Kind.REMOVED, "Monday"),
            new Part(Kind.ADDED, "Tuesday"));
  }

  @Test
  void chinese_and_japanese_without_spaces_differ_by_character_and_runs_stay_unspaced() {
    assertThat(WordDiff.between("東京で地震が発生", "東京で大きな地震が発生"))
        .containsExactly(
            new Part(Kind.SAME, "東京で"), new Part(Kind.ADDED, "大きな"), new Part(Kind.SAME, "地震が発生"));
  }

  @Test
  void identical_texts_are_one_kept_run_whatever_their_spacing() {
    assertThat(WordDiff.between("Сеул  и\nПусан", "Сеул и Пусан"))
        .containsExactly(new Part(Kind.SAME, "Сеул и Пусан"));
  }

  @Test
  void empty_texts_give_no_parts_and_an_empty_side_is_all_added_or_removed() {
    assertThat(WordDiff.between("", "")).isEmpty();
    assertThat(WordDiff.between(null, "  ")).isEmpty();
    assertThat(WordDiff.between("", "Breaking news"))
        .containsExactly(new Part(Kind.ADDED, "Breaking news"));
    assertThat(WordDiff.between("Breaking news", null))
        .containsExactly(new Part(Kind.REMOVED, "Breaking news"));
  }

  @Test
  void a_one_word_change_in_a_long_story_compares_only_the_middle() {
    long seed = System.nanoTime();
    System.out.println("WordDiffTest seed: " + seed);
    String before = randomWords(new Random(seed), 20_000);
    String after = before.replaceFirst(" (\\S+) ", " changed ");

    WordDiff.Result result = WordDiff.compute(before, after);

    assertThat(result.plan().unit()).as("seed %d", seed).isEqualTo(Unit.WORDS);
    assertThat(result.plan().cells()).as("seed %d", seed).isLessThanOrEqualTo(4);
    assertThat(result.parts()).as("seed %d", seed).hasSize(4);
  }

  @Test
  void two_long_different_texts_fall_back_to_lines_within_the_table_bound() {
    long seed = System.nanoTime();
    System.out.println("WordDiffTest seed: " + seed);
    Random random = new Random(seed);
    // 6,000 words each way in 300 lines: a word table would need 36 million cells (144 MB).
    String before = lines(random, 300, 20);
    String after = lines(random, 300, 20);

    WordDiff.Result result = WordDiff.compute(before, after);

    assertThat(result.plan().unit()).as("seed %d", seed).isEqualTo(Unit.LINES);
    assertThat(result.plan().cells()).as("seed %d", seed).isLessThanOrEqualTo(WordDiff.MAX_CELLS);
    assertThat(result.parts()).as("seed %d", seed).isNotEmpty();
  }

  @Test
  void texts_with_too_many_different_lines_are_shown_as_replaced_whole() {
    long seed = System.nanoTime();
    System.out.println("WordDiffTest seed: " + seed);
    Random random = new Random(seed);
    String before = lines(random, 1_500, 3);
    String after = lines(random, 1_500, 3);

    WordDiff.Result result = WordDiff.compute(before, after);

    assertThat(result.plan()).as("seed %d", seed).isEqualTo(new WordDiff.Plan(Unit.WHOLE, 0));
    assertThat(result.parts())
        .as("seed %d", seed)
        .containsExactly(
            new Part(Kind.REMOVED, before.strip()), new Part(Kind.ADDED, after.strip()));
  }

  private static String lines(Random random, int lines, int wordsPerLine) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      out.append(randomWords(random, wordsPerLine)).append('\n');
    }
    return out.toString();
  }

  private static String randomWords(Random random, int count) {
    List<String> pool = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(pool.get(random.nextInt(pool.size()))).append(random.nextInt(1000)).append(' ');
    }
    return out.toString().strip();
  }
}
