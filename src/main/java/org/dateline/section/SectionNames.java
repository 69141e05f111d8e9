package org.dateline.section;

import java.util.Optional;
import org.dateline.shared.Slugs;
import org.dateline.shared.Text;

/**
 * The rules of a section's name and address, for {@link Sections}: which names are refused, and the
 * slug a new section gets (made from its name, unique, never changed afterwards).
 */
final class SectionNames {
  private SectionNames() {}

  /**
   * The name as stored (normalized), or a refusal: blank, too long, "All News", or the name of
   * another section in another case or form ({@code self} is the section being renamed).
   */
  static String checked(SectionRepository repository, String name, Optional<Long> self) {
    String clean = Text.name(name);
    if (clean.isEmpty()) {
      throw new SectionRefused("Please give the section a name.");
    }
    if (clean.codePointCount(0, clean.length()) > Sections.MAX_NAME) {
      throw new SectionRefused(
          "A section name may have at most " + Sections.MAX_NAME + " characters.");
    }
    if (Sections.isAllNews(clean)) {
      throw new SectionRefused(
          "\"" + Sections.ALL_NEWS + "\" is the list of every story; choose another name.");
    }
    for (Section s : repository.all()) {
      if (Text.key(s.name()).equals(Text.key(clean)) && !self.equals(Optional.of(s.id()))) {
        throw new SectionRefused("There is already a section called \"" + s.name() + "\".");
      }
    }
    return clean;
  }

  /**
   * The name's slug (letters of every script), or "section" for a name without letters or digits,
   * made unique with -2, -3...
   */
  static String uniqueSlug(SectionRepository repository, String name) {
    String base = Slugs.orEmpty(name).isEmpty() ? "section" : Slugs.orEmpty(name);
    String slug = base;
    for (int n = 2; repository.bySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }
}
