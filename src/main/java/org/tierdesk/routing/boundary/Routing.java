package org.tierdesk.routing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.tierdesk.directory.boundary.OrgUnits;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.tree.Hierarchy;
import org.tierdesk.routing.control.Assignment;
import org.tierdesk.routing.control.Candidate;
import org.tierdesk.routing.control.Need;
import org.tierdesk.routing.control.RuleConditions;
import org.tierdesk.routing.control.RuleMatcher;
import org.tierdesk.routing.entity.AgentProfile;
import org.tierdesk.routing.entity.AssignmentStrategy;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.routing.entity.RoutingRule;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.routing.entity.SupportQueue;

/**
 * Where tickets go and who gets them: intake rules, category defaults, queues and their assignment
 * strategies. The ticket component calls this in its own transaction (routing never depends on
 * tickets; the open-ticket counts it needs are handed in as {@link OpenLoads}).
 */
@Stateless
public class Routing {

  /** Round-robin gives up competing for the cursor after this many lost conditional updates. */
  static final int CURSOR_ATTEMPTS = 5;

  @PersistenceContext EntityManager em;
  @Inject SupportLines lines;
  @Inject Clock clock;
  @Inject ConfigGeneration generation;
  @Inject OrgUnits orgUnits;

  /** Counts the open tickets assigned to each of the given people (absent: none). */
  @FunctionalInterface
  public interface OpenLoads {
    Map<Long, Long> of(Collection<Long> personIds);
  }

  /** Where a new ticket goes; priority is null unless a rule sets it. */
  /** Where a new ticket goes, with the priority and tags of the rule that sent it (if any). */
  public record Route(
      SupportLine line, SupportQueue queue, String priority, String rule, List<String> tags) {}

  /** The first matching rule decides; otherwise the category's default; otherwise line 1. */
  public Route route(Category category, String channel, boolean vip, String subject) {
    return route(category, channel, vip, subject, null);
  }

  /**
   * As {@link #route(Category, String, boolean, String)}, with the id of the requester's
   * organisation unit (or null) for rules that look at it.
   */
  public Route route(
      Category category, String channel, boolean vip, String subject, Long requesterUnitId) {
    Setup setup = setup();
    Long categoryId = category == null ? null : category.getId();
    RuleConditions.TicketFacts facts =
        new RuleConditions.TicketFacts(
            categoryId,
            setup.categories().selfAndAncestors(categoryId),
            channel,
            vip,
            subject,
            setup.units().selfAndAncestors(requesterUnitId));
    OptionalInt first = RuleMatcher.firstMatch(setup.conditions(), facts);
    Target target =
        first.isPresent()
            ? setup.ruleTargets().get(first.getAsInt())
            : setup.categoryTargets().getOrDefault(categoryId, setup.fallback());
    SupportLine line = em.find(SupportLine.class, target.lineId());
    SupportQueue queue =
        target.queueId() == null ? null : em.find(SupportQueue.class, target.queueId());
    return new Route(line, queue, target.priority(), target.rule(), target.tags());
  }

  /** Where a ticket goes, by ids: the outcome of a rule, a category's default, or the fallback. */
  record Target(long lineId, Long queueId, String priority, String rule, List<String> tags) {
    static Target of(SupportLine line, SupportQueue queue) {
      return new Target(line.getId(), queue == null ? null : queue.getId(), null, null, List.of());
    }
  }

  /**
   * What routing decides by, read from the rules, categories, lines, queues and organisation units
   * and kept per node until the configuration changes (every routing edit is audited, and the audit
   * moves the generation): creating a ticket then reads no routing configuration at all.
   */
  record Setup(
      List<RuleConditions> conditions,
      List<Target> ruleTargets,
      Map<Long, Target> categoryTargets,
      Target fallback,
      Hierarchy categories,
      Hierarchy units) {}

  private Setup setup() {
    return generation.derived("routing.setup", this::readSetup);
  }

  private Setup readSetup() {
    List<RoutingRule> rules = rules();
    List<RuleConditions> conditions = new ArrayList<>();
    List<Target> ruleTargets = new ArrayList<>();
    for (RoutingRule rule : rules) {
      conditions.add(conditions(rule));
      SupportQueue queue = queueIn(rule.getTargetLine(), rule.getTargetQueue());
      ruleTargets.add(
          new Target(
              rule.getTargetLine().getId(),
              queue == null ? null : queue.getId(),
              rule.getTargetPriority(),
              rule.getName(),
              List.copyOf(rule.getTargetTags())));
    }
    Map<Long, Target> categoryTargets = new HashMap<>();
    Map<Long, Long> categoryParents = new HashMap<>();
    for (Category category :
        em.createQuery("SELECT c FROM Category c", Category.class).getResultList()) {
      categoryParents.put(
          category.getId(), category.getParent() == null ? null : category.getParent().getId());
      SupportLine line = category.inheritedDefaultLine();
      if (line != null) {
        categoryTargets.put(
            category.getId(), Target.of(line, queueIn(line, category.inheritedDefaultQueue())));
      }
    }
    SupportLine first = lines.first();
    return new Setup(
        List.copyOf(conditions),
        List.copyOf(ruleTargets),
        categoryTargets,
        Target.of(first, defaultQueue(first)),
        new Hierarchy(categoryParents),
        new Hierarchy(orgUnits.parentLinks()));
  }

  /**
   * The agent of the queue who gets a new ticket, by the queue's strategy; empty for manual queues
   * or when nobody available has room. Round-robin moves the queue's cursor in the database.
   */
  public Optional<Person> chooseAgent(
      SupportQueue queue, Category category, String language, OpenLoads loads) {
    if (queue == null || !queue.getStrategy().isAutomatic()) {
      return Optional.empty();
    }
    List<Person> members =
        queue.getMembers().stream().filter(p -> p.isActive() && p.isAgent()).toList();
    if (members.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, Long> open = loads.of(members.stream().map(Person::getId).toList());
    List<Candidate> candidates =
        members.stream().map(p -> candidate(p, open.getOrDefault(p.getId(), 0L))).toList();
    Need need =
        new Need(
            setup().categories().selfAndAncestors(category == null ? null : category.getId()),
            language == null
                ? null
                : Locale.forLanguageTag(language.replace('_', '-')).getLanguage());
    Optional<Candidate> chosen =
        queue.getStrategy() == AssignmentStrategy.ROUND_ROBIN
            ? nextInRotation(queue, candidates, need)
            : Assignment.choose(queue.getStrategy(), candidates, need, 0);
    return chosen.flatMap(c -> members.stream().filter(p -> p.getId() == c.personId()).findFirst());
  }

  private Optional<Candidate> nextInRotation(
      SupportQueue queue, List<Candidate> candidates, Need need) {
    for (int attempt = 0; attempt < CURSOR_ATTEMPTS; attempt++) {
      long cursor = cursorOf(queue);
      Optional<Candidate> chosen =
          Assignment.choose(AssignmentStrategy.ROUND_ROBIN, candidates, need, cursor);
      if (chosen.isEmpty() || advanceCursor(queue, cursor, chosen.get().personId())) {
        return chosen;
      }
    }
    // Heavy contention: the pick is still a fair guess, the next ticket corrects the rotation.
    return Assignment.choose(AssignmentStrategy.ROUND_ROBIN, candidates, need, cursorOf(queue));
  }

  private long cursorOf(SupportQueue queue) {
    return ((Number)
            em.createNativeQuery("SELECT rr_cursor FROM routing_queue WHERE id = ?1")
                .setParameter(1, queue.getId())
                .getSingleResult())
        .longValue();
  }

  /** Moves the cursor only if nobody moved it since we read it: one rotation for all nodes. */
  private boolean advanceCursor(SupportQueue queue, long seen, long next) {
    return em.createNativeQuery(
                "UPDATE routing_queue SET rr_cursor = ?1 WHERE id = ?2 AND rr_cursor = ?3")
            .setParameter(1, next)
            .setParameter(2, queue.getId())
            .setParameter(3, seen)
            .executeUpdate()
        == 1;
  }

  private Candidate candidate(Person person, long openTickets) {
    AgentProfile profile = profileOf(person);
    return new Candidate(
        person.getId(),
        person.isActive() && profile.isAvailableAt(clock.instant()),
        profile.getCapacity(),
        openTickets,
        profile.getSkills(),
        profile.languageSet());
  }

  /** The agent's profile; an agent nobody configured has the defaults. */
  public AgentProfile profileOf(Person person) {
    AgentProfile profile = em.find(AgentProfile.class, person.getId());
    return profile == null ? new AgentProfile(person.getId()) : profile;
  }

  /** Adds an agent to a queue (demo data, set-up); the queue's line must already have them. */
  public void addQueueMember(String queueCode, Person agent) {
    SupportQueue queue = queueByCode("queue", queueCode);
    requireWorksIn(queue.getLine(), agent, "members");
    queue.addMember(em.merge(agent));
  }

  /** The queue of a line that receives its tickets when nothing else says: its first. */
  public SupportQueue defaultQueue(SupportLine line) {
    return queuesOf(line).stream().findFirst().orElse(null);
  }

  public List<SupportQueue> queuesOf(SupportLine line) {
    return em.createNamedQuery(SupportQueue.OF_LINE, SupportQueue.class)
        .setParameter("lineId", line.getId())
        .getResultList();
  }

  public List<SupportQueue> queuesOfMember(long personId) {
    return em.createNamedQuery(SupportQueue.OF_MEMBER, SupportQueue.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  public List<SupportQueue> allQueues() {
    return em.createNamedQuery(SupportQueue.ALL, SupportQueue.class).getResultList();
  }

  public SupportQueue queueByCode(String field, String code) {
    return allQueues().stream()
        .filter(q -> q.getCode().equalsIgnoreCase(code.strip()))
        .findFirst()
        .orElseThrow(() -> new InvalidInput(field, "routing.queue.unknown", code));
  }

  /** Refuses a queue of another line: transfers stay inside the ticket's line. */
  public void requireQueueIn(SupportLine line, SupportQueue queue, String field) {
    if (!queue.getLine().getId().equals(line.getId())) {
      throw new InvalidInput(field, "routing.queue.otherLine", queue.getCode(), line.getCode());
    }
  }

  /** Refuses an assignee who does not work in the line (admins work in every line). */
  public void requireWorksIn(SupportLine line, Person agent, String field) {
    if (!worksIn(line, agent)) {
      throw new InvalidInput(field, "routing.agent.notInLine", agent.getUsername(), line.getCode());
    }
  }

  public boolean worksIn(SupportLine line, Person agent) {
    return agent.has(Role.ADMIN) || line.hasMember(agent);
  }

  public List<RoutingRule> rules() {
    return em.createNamedQuery(RoutingRule.ORDERED, RoutingRule.class).getResultList();
  }

  private SupportQueue queueIn(SupportLine line, SupportQueue preferred) {
    if (preferred != null && preferred.getLine().getId().equals(line.getId())) {
      return preferred;
    }
    return defaultQueue(line);
  }

  static RuleConditions conditions(RoutingRule rule) {
    return new RuleConditions(
        rule.getCategory() == null ? null : rule.getCategory().getId(),
        rule.isIncludeSubcategories(),
        rule.getChannel(),
        rule.getRequesterVip(),
        RuleConditions.keywordsOf(rule.getKeywords()),
        rule.getOrgUnit() == null ? null : rule.getOrgUnit().getId());
  }
}
