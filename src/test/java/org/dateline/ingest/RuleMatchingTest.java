package org.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dateline.article.Block;
import org.dateline.ingest.format.IncomingItem;
import org.junit.jupiter.api.Test;

/** The routing rules' filters and the walk over the ordered list: pure, no store. */
class RuleMatchingTest {
  private static final long PARTNER = 7;
  private static final long OTHER = 8;

  static IncomingItem item(String lang, int urgency, List<String> subjects, String headline) {
    return new IncomingItem(
        "guid-" + headline.hashCode(),
        1,
        Optional.of(Instant.parse("2026-12-01T03:00:00Z")),
        headline,
        "A summary",
        List.of(new Block.Paragraph("The body says the software <b>update</b> came late.")),
        List.of("Reporter"),
        "SEOUL",
        lang,
        subjects.stream().map(s -> new IncomingItem.Subject("", s)).toList(),
        urgency,
        Optional.empty(),
        IncomingItem.Status.USABLE,
        List.of(),
        "");
  }

  static RuleFilter filter(
      RuleFilter.Combine how, String langs, int urgency, String subjects, String words) {
    return new RuleFilter(how, split(langs), urgency, split(subjects), split(words));
  }

  static List<String> split(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split(","));
  }

  static Rule rule(long id, Optional<Long> provider, RuleFilter f, boolean stop) {
    return new Rule(
        id,
        (int) id,
        "rule " + id,
        provider,
        f,
        new RuleAction(RuleAction.Mode.DRAFT, "ko", "", "", stop),
        1,
        Instant.EPOCH);
  }

  @Test
  void a_language_condition_matches_the_code_and_its_regional_variants_only() {
    RuleFilter en = filter(RuleFilter.Combine.ALL, "en", 0, "", "");
    assertThat(en.matches(item("en", 3, List.of(), "Quake"))).isTrue();
    assertThat(en.matches(item("en-GB", 3, List.of(), "Quake"))).isTrue();
    assertThat(en.matches(item("eng", 3, List.of(), "Quake"))).isFalse();
    assertThat(en.matches(item("ko", 3, List.of(), "Quake"))).isFalse();
    assertThat(en.matches(item("", 3, List.of(), "Quake"))).isFalse();
  }

  @Test
  void an_urgency_condition_takes_one_up_to_n_and_never_an_item_without_urgency() {
    RuleFilter urgent = filter(RuleFilter.Combine.ALL, "", 2, "", "");
    assertThat(urgent.matches(item("en", 1, List.of(), "Flash"))).isTrue();
    assertThat(urgent.matches(item("en", 2, List.of(), "Urgent"))).isTrue();
    assertThat(urgent.matches(item("en", 3, List.of(), "Routine"))).isFalse();
    assertThat(urgent.matches(item("en", 0, List.of(), "Unknown"))).isFalse();
  }

  @Test
  void a_subject_condition_matches_a_subject_name_or_code_without_regard_to_case() {
    RuleFilter sports = filter(RuleFilter.Combine.ALL, "", 0, "Sport,medtop:15000000", "");
    assertThat(sports.matches(item("en", 5, List.of("sport"), "Match"))).isTrue();
    assertThat(sports.matches(item("en", 5, List.of("Politics"), "Vote"))).isFalse();
    IncomingItem coded =
        new IncomingItem(
            "g",
            1,
            Optional.empty(),
            "Match",
            "",
            List.of(),
            List.of(),
            "",
            "en",
            List.of(new IncomingItem.Subject("medtop:15000000", "sport (IPTC)")),
            5,
            Optional.empty(),
            IncomingItem.Status.USABLE,
            List.of(),
            "");
    assertThat(sports.matches(coded)).isTrue();
  }

  @Test
  void a_words_condition_finds_whole_words_in_latin_and_any_place_in_korean_and_chinese() {
    RuleFilter war = filter(RuleFilter.Combine.ALL, "", 0, "", "war");
    assertThat(war.matches(item("en", 5, List.of(), "War in the north"))).isTrue();
    // "software" in the body is not "war".
    assertThat(war.matches(item("en", 5, List.of(), "Peace talks"))).isFalse();
    RuleFilter update = filter(RuleFilter.Combine.ALL, "", 0, "", "UPDATE");
    assertThat(update.matches(item("en", 5, List.of(), "Peace talks")))
        .as("a word of the body, found without regard to case or markup")
        .isTrue();
    RuleFilter korean = filter(RuleFilter.Combine.ALL, "", 0, "", "지진");
    assertThat(korean.matches(item("ko", 5, List.of(), "경주에서 지진이 발생"))).isTrue();
    RuleFilter chinese = filter(RuleFilter.Combine.ALL, "", 0, "", "地震");
    assertThat(chinese.matches(item("zh", 5, List.of(), "四川发生地震"))).isTrue();
    assertThat(chinese.matches(item("zh", 5, List.of(), "四川发生洪水"))).isFalse();
  }

  @Test
  void all_needs_every_set_condition_and_any_needs_one() {
    IncomingItem koreanRoutine = item("ko", 5, List.of(), "경제 소식");
    RuleFilter all = filter(RuleFilter.Combine.ALL, "ko", 2, "", "");
    RuleFilter any = filter(RuleFilter.Combine.ANY, "ko", 2, "", "");
    assertThat(all.matches(koreanRoutine)).isFalse();
    assertThat(any.matches(koreanRoutine)).isTrue();
    assertThat(any.matches(item("en", 5, List.of(), "Economy"))).isFalse();
    assertThat(filter(RuleFilter.Combine.ANY, "", 0, "", "").matches(koreanRoutine))
        .as("a filter without conditions takes every item")
        .isTrue();
  }

  @Test
  void rules_act_in_order_and_a_matching_rule_that_stops_ends_the_walk() {
    IncomingItem urgent = item("en", 1, List.of(), "Flash: quake");
    Rule first = rule(1, Optional.empty(), filter(RuleFilter.Combine.ALL, "", 2, "", ""), false);
    Rule notMatching =
        rule(2, Optional.empty(), filter(RuleFilter.Combine.ALL, "ko", 0, "", ""), true);
    Rule stopper =
        rule(3, Optional.of(PARTNER), filter(RuleFilter.Combine.ALL, "en", 0, "", ""), true);
    Rule after = rule(4, Optional.empty(), filter(RuleFilter.Combine.ALL, "", 0, "", ""), false);

    List<Rule> ordered = List.of(first, notMatching, stopper, after);

    assertThat(Rules.acting(ordered, PARTNER, urgent)).containsExactly(first, stopper);
    assertThat(Rules.acting(ordered, OTHER, urgent))
        .as("the partner's rule does not cover another provider, so the walk goes on")
        .containsExactly(first, after);
    assertThat(Rules.acting(List.of(after, first), PARTNER, urgent))
        .as("the list's order is the order they act in")
        .containsExactly(after, first);
  }

  @Test
  void a_rule_for_one_provider_ignores_other_providers_even_when_combined_with_any() {
    Rule partnerOnly =
        rule(1, Optional.of(PARTNER), filter(RuleFilter.Combine.ANY, "en", 0, "", "quake"), false);
    assertThat(Rules.acting(List.of(partnerOnly), OTHER, item("en", 1, List.of(), "quake")))
        .isEmpty();
  }
}
