package org.dateline.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import org.dateline.article.Articles;
import org.dateline.edition.Editions;
import org.dateline.ingest.format.IncomingItem;
import org.dateline.newsroom.auth.Permission;
import org.dateline.newsroom.auth.User;
import org.dateline.newsroom.workflow.Stories;
import org.dateline.section.Sections;
import org.dateline.storage.Transactions;

/**
 * Facade: the routing rules — one ordered list, each rule for one provider or every provider —
 * edited in the newsroom, and the routing of every item version that arrives ({@link #route}), in
 * the transaction that stores the version. Each (rule, item, version) is claimed once in the store,
 * so a version that arrives twice, even at once on two connections, is acted on once. Thread-safe:
 * state lives in the store.
 */
public final class Routing {
  /** How many recent matches the rules page shows per rule. */
  public static final int RECENT = 10;

  private final RuleRepository rules;
  private final ProviderRepository providers;
  private final ItemStories made;
  private final IncomingRepository items;
  private final LongFunction<Optional<User>> users;
  private final Sections sections;
  private final Predicate<String> knownEdition;
  private final Transactions tx;
  private final Clock clock;

  /**
   * @param users the newsroom's users by id (a rule's drafts are made by who last saved it)
   * @param knownEdition whether an edition code names an edition (every well-formed code until the
   *     editions table exists; decision 0070)
   */
  public Routing(
      RuleRepository rules,
      ProviderRepository providers,
      IncomingRepository items,
      Stories stories,
      Articles articles,
      Editions editions,
      LongFunction<Optional<User>> users,
      Sections sections,
      Predicate<String> knownEdition,
      Transactions tx,
      Clock clock) {
    this.rules = rules;
    this.providers = providers;
    this.items = items;
    this.made = new ItemStories(stories, articles, sections, editions, items, clock);
    this.users = users;
    this.sections = sections;
    this.knownEdition = knownEdition;
    this.tx = tx;
    this.clock = clock;
  }

  /** Every rule in its order. */
  public List<Rule> rules() {
    return rules.ordered();
  }

  public Optional<Rule> rule(long id) {
    return rules.find(id);
  }

  /** The name of a rule's provider, or empty for a rule for every provider. */
  public String providerName(Rule rule) {
    return rule.providerId().flatMap(providers::find).map(Provider::name).orElse("");
  }

  /** Adds a rule at the end of the list. */
  public Rule add(RuleForm form, User user) {
    Rule checked = checked(0, form, user);
    long id = rules.insert(checked);
    return rules.find(id).orElseThrow();
  }

  /** Replaces a rule's filter and action; its place in the list stays. */
  public Rule update(long id, RuleForm form, User user) {
    Rule old = rules.find(id).orElseThrow(() -> new RuleRefused("There is no rule " + id + "."));
    Rule checked = checked(id, form, user);
    rules.update(
        new Rule(
            id,
            old.position(),
            checked.name(),
            checked.providerId(),
            checked.filter(),
            checked.action(),
            checked.updatedBy(),
            checked.updatedAt()));
    return rules.find(id).orElseThrow();
  }

  /** Moves a rule {@code by} places (negative: earlier), within the list. */
  public void move(long id, int by) {
    tx.inTransaction(
        () -> {
          List<Long> ids = new ArrayList<>(rules.ordered().stream().map(Rule::id).toList());
          int at = ids.indexOf(id);
          if (at < 0) {
            throw new RuleRefused("There is no rule " + id + ".");
          }
          int to = Math.max(0, Math.min(ids.size() - 1, at + by));
          ids.remove(at);
          ids.add(to, id);
          rules.reorder(ids);
          return null;
        });
  }

  /** Deletes a rule and what it matched (the stories it made stay). */
  public void delete(long id) {
    if (!rules.delete(id)) {
      throw new RuleRefused("There is no rule " + id + ".");
    }
  }

  /** What the rule matched lately, newest first. */
  public List<RuleRepository.RuleMatch> recent(long id, int limit) {
    return rules.recent(id, limit);
  }

  /**
   * Routes a version just stored (called inside the transaction that stored it): each acting rule
   * claims (rule, item, version) and, when the claim is new, acts and records what it did.
   */
  void route(Provider provider, IncomingRepository.Stored row, IncomingItem item) {
    if (item.status() == IncomingItem.Status.CANCELED) {
      return; // a kill is never routed: the desk shows it
    }
    String version = Incoming.versionKey(row);
    Instant now = clock.instant();
    for (Rule rule : Rules.acting(rules.ordered(), provider.id(), item)) {
      if (!rules.claim(rule.id(), row.id(), version, now)) {
        continue; // this version was acted on already
      }
      rules.outcome(rule.id(), row.id(), version, act(rule, provider, row, item));
    }
  }

  private String act(
      Rule rule, Provider provider, IncomingRepository.Stored row, IncomingItem item) {
    RuleAction a = rule.action();
    if (!a.edition().isEmpty()) {
      items.setEdition(row.id(), a.edition());
    }
    var target =
        new ItemStories.Target(
            provider.name(),
            row,
            item,
            a.edition(),
            a.section(),
            a.byline(),
            Optional.of(rule.id()));
    switch (a.mode()) {
      case DESK -> {
        return "on the desk" + edition(a);
      }
      case PUBLISH -> {
        if (provider.trusted()) {
          ItemStories.Made m = made.publish(target, Optional.of(rule.updatedBy()));
          return m.use()
              .flatMap(ItemUse::articleId)
              .map(id -> "published as story " + id + edition(a))
              .orElse("not published: " + m.refusal());
        }
        return draft(rule, target, provider.name() + " is not trusted: ");
      }
      case DRAFT -> {
        return draft(rule, target, "");
      }
    }
    throw new IllegalStateException("unknown mode " + a.mode());
  }

  private String draft(Rule rule, ItemStories.Target target, String why) {
    Optional<User> author = users.apply(rule.updatedBy());
    if (author.isEmpty()) {
      return why + "no draft: the rule's author is gone";
    }
    ItemStories.Made m = made.draft(target, author.get());
    return m.use()
        .flatMap(ItemUse::storyId)
        .map(id -> why + "draft " + id + edition(rule.action()))
        .orElse(why + "no draft: " + m.refusal());
  }

  private static String edition(RuleAction a) {
    return a.edition().isEmpty() ? "" : " (edition " + a.edition() + ")";
  }

  private Rule checked(long id, RuleForm form, User user) {
    if (!user.can(Permission.PUBLISH)) {
      throw new RuleRefused("Only editors change routing rules.");
    }
    String name = form.checkedName();
    RuleFilter filter = form.filter();
    RuleAction action = form.action();
    Optional<Provider> provider = Optional.empty();
    if (form.providerName().isPresent()) {
      provider =
          Optional.of(
              providers
                  .find(form.providerName().get())
                  .orElseThrow(
                      () ->
                          new RuleRefused(
                              "No provider is named \"" + form.providerName().get() + "\".")));
    }
    if (action.mode() == RuleAction.Mode.PUBLISH
        && (provider.isEmpty() || !provider.get().trusted())) {
      throw new RuleRefused(
          "Only a rule for one trusted provider may publish at once; "
              + provider.map(p -> p.name() + " is not trusted.").orElse("choose the provider."));
    }
    sections
        .refusal(action.section())
        .ifPresent(
            why -> {
              throw new RuleRefused(why);
            });
    if (!action.edition().isEmpty() && !knownEdition.test(action.edition())) {
      throw new RuleRefused("There is no edition \"" + action.edition() + "\".");
    }
    return new Rule(
        id, 0, name, provider.map(Provider::id), filter, action, user.id(), clock.instant());
  }
}
