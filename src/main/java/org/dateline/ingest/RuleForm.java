package org.dateline.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.shared.Text;

/**
 * A routing rule as typed in the newsroom or on the command line: every value as text, checked by
 * {@link Routing} (the provider, the section and the edition against what exists). Lists are
 * comma-separated.
 *
 * @param provider a provider's name, or empty for every provider
 * @param maxUrgency empty for no urgency condition, else 1 to 9
 */
public record RuleForm(
    String name,
    String provider,
    String combine,
    String languages,
    String maxUrgency,
    String subjects,
    String words,
    String mode,
    String edition,
    String section,
    String byline,
    boolean stop) {

  /** The longest rule name. */
  public static final int MAX_NAME = 200;

  public RuleForm {
    name = Text.line(name);
    provider = Text.line(provider);
    combine = Text.line(combine).toLowerCase(Locale.ROOT);
    languages = Text.line(languages);
    maxUrgency = Text.line(maxUrgency);
    subjects = Text.line(subjects);
    words = Text.line(words);
    mode = Text.line(mode).toLowerCase(Locale.ROOT);
    edition = Text.line(edition).toLowerCase(Locale.ROOT);
    section = Text.name(section);
    byline = Text.line(byline);
  }

  /** The form's filter; refuses what cannot be one, quoting the user's text. */
  RuleFilter filter() {
    RuleFilter.Combine how;
    switch (combine.isEmpty() ? "all" : combine) {
      case "all" -> how = RuleFilter.Combine.ALL;
      case "any" -> how = RuleFilter.Combine.ANY;
      default -> throw new RuleRefused("Combine with \"all\" or \"any\", not \"" + combine + "\".");
    }
    int urgency = 0;
    if (!maxUrgency.isEmpty()) {
      if (!maxUrgency.matches("[1-9]")) {
        throw new RuleRefused(
            "Urgency is a number from 1 (flash) to 9, not \"" + maxUrgency + "\".");
      }
      urgency = Integer.parseInt(maxUrgency);
    }
    List<String> langs = split(languages);
    for (String l : langs) {
      if (!l.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")) {
        throw new RuleRefused("\"" + l + "\" is not a language code such as en, ko or pt-BR.");
      }
    }
    return new RuleFilter(how, langs, urgency, split(subjects), split(words));
  }

  /** The form's action; refuses an unknown mode or a malformed edition code. */
  RuleAction action() {
    RuleAction.Mode m;
    switch (mode.isEmpty() ? "desk" : mode) {
      case "desk" -> m = RuleAction.Mode.DESK;
      case "draft" -> m = RuleAction.Mode.DRAFT;
      case "publish" -> m = RuleAction.Mode.PUBLISH;
      default ->
          throw new RuleRefused(
              "The action is \"desk\", \"draft\" or \"publish\", not \"" + mode + "\".");
    }
    if (!edition.isEmpty() && !edition.matches("[a-z]{2,3}([-_][a-z0-9]{1,8})*")) {
      throw new RuleRefused("\"" + edition + "\" is not an edition code such as en or ko.");
    }
    return new RuleAction(m, edition, section, byline, stop);
  }

  /** The rule's name, checked. */
  String checkedName() {
    if (name.isEmpty()) {
      throw new RuleRefused("Give the rule a name.");
    }
    if (Text.length(name) > MAX_NAME) {
      throw new RuleRefused("A rule's name has at most " + MAX_NAME + " characters.");
    }
    return name;
  }

  /** The provider's name, if the rule is for one. */
  Optional<String> providerName() {
    return provider.isEmpty() ? Optional.empty() : Optional.of(provider);
  }

  private static List<String> split(String text) {
    return text.isEmpty()
        ? List.of()
        : Arrays.stream(text.split(","))
            .map(Text::line)
            .filter(s -> !s.isEmpty())
            .distinct()
            .toList();
  }
}
