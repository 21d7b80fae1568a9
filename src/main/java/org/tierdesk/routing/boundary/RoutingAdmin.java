package org.tierdesk.routing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.boundary.OrgUnits;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.Enums;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.i18n.LocalizedName;
import org.tierdesk.routing.entity.AdminAuditEntry;
import org.tierdesk.routing.entity.AgentProfile;
import org.tierdesk.routing.entity.AssignmentStrategy;
import org.tierdesk.routing.entity.Availability;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.routing.entity.RoutingRule;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.routing.entity.SupportQueue;
import org.tierdesk.ticket.entity.Tag;

/**
 * Admins configure lines, queues, intake rules and agent profiles here. Every change is validated
 * (an {@link InvalidInput} names the field) and written to the admin audit table, with who, when
 * and the request as given, in the same transaction as the change.
 */
@Stateless
public class RoutingAdmin {

  static final int MAX_NAME = 100;
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject LinesOfThisRequest linesOfThisRequest;
  @Inject CurrentUser currentUser;
  @Inject People people;
  @Inject SupportLines lines;
  @Inject Routing routing;
  @Inject Clock clock;
  @Inject OrgUnits orgUnits;
  @Inject ConfigGeneration generation;

  /** The longest idle time a line may set: 30 days. */
  static final int MAX_IDLE_MINUTES = 30 * 24 * 60;

  // Lines

  public List<RoutingViews.Line> lines() {
    requireAdmin();
    return lines.all().stream().map(RoutingViews.Line::of).toList();
  }

  public RoutingViews.Line createLine(RoutingViews.LineForm form) {
    requireAdmin();
    String code = code(form.code());
    if (lines.all().stream().anyMatch(l -> l.getCode().equalsIgnoreCase(code))) {
      throw new InvalidInput("code", "routing.code.taken", code);
    }
    requireFreeTier(tier(form), null);
    SupportLine line = new SupportLine(code, tier(form), name(form.nameEn(), form.nameRu()));
    em.persist(line);
    applyLine(line, form);
    audit("line", code, "CREATE", form);
    return RoutingViews.Line.of(line);
  }

  public RoutingViews.Line updateLine(String code, RoutingViews.LineForm form) {
    requireAdmin();
    SupportLine line = existingLine(code);
    requireVersion("line", line.getCode(), form.version(), line.getVersion());
    applyLine(line, form);
    audit("line", line.getCode(), "UPDATE", form);
    return RoutingViews.Line.of(line);
  }

  public void deleteLine(String code) {
    requireAdmin();
    SupportLine line = existingLine(code);
    if (used("SELECT COUNT(*) FROM ticket WHERE line_id = ?1", line.getId())
        || used("SELECT COUNT(*) FROM routing_queue WHERE line_id = ?1", line.getId())
        || used("SELECT COUNT(*) FROM support_line WHERE next_line_id = ?1", line.getId())) {
      throw new Conflict("routing.line.inUse", line.getCode());
    }
    em.createNativeQuery("DELETE FROM support_line_member WHERE line_id = ?1")
        .setParameter(1, line.getId())
        .executeUpdate();
    em.createNativeQuery("DELETE FROM support_line_lead WHERE line_id = ?1")
        .setParameter(1, line.getId())
        .executeUpdate();
    em.remove(line);
    flushOrConflict("routing.line.inUse", line.getCode());
    audit("line", line.getCode(), "DELETE", null);
  }

  private void applyLine(SupportLine line, RoutingViews.LineForm form) {
    SupportLine next =
        form.nextLine() == null || form.nextLine().isBlank()
            ? null
            : lines.byCode("nextLine", form.nextLine());
    if (next != null && next.getId().equals(line.getId())) {
      throw new InvalidInput("nextLine", "routing.line.nextItself");
    }
    requireFreeTier(tier(form), line);
    line.configure(
        tier(form), name(form.nameEn(), form.nameRu()), description(form.description()), next);
    line.replaceMembers(agents("members", form.members()), agents("leads", form.leads()));
    LinesOfThisRequest.forget(linesOfThisRequest);
    Integer idle = form.idleMinutes();
    if (idle != null && (idle < 1 || idle > MAX_IDLE_MINUTES)) {
      throw new InvalidInput("idleMinutes", "error.field.range", 1, MAX_IDLE_MINUTES);
    }
    line.configureWork(idle, Boolean.TRUE.equals(form.defectLinks()));
    flushOrStale("line", line.getCode());
  }

  /** Tiers order the lines and are unique; checked before anything is flushed. */
  private void requireFreeTier(int tier, SupportLine self) {
    if (lines.all().stream().anyMatch(l -> l.getTier() == tier && l != self)) {
      throw new InvalidInput("tier", "routing.line.tierTaken", tier);
    }
  }

  // Queues

  public List<RoutingViews.Queue> queues() {
    requireAdmin();
    return routing.allQueues().stream().map(RoutingViews.Queue::of).toList();
  }

  public RoutingViews.Queue createQueue(RoutingViews.QueueForm form) {
    requireAdmin();
    String code = code(form.code());
    if (routing.allQueues().stream().anyMatch(q -> q.getCode().equalsIgnoreCase(code))) {
      throw new InvalidInput("code", "routing.code.taken", code);
    }
    SupportLine line = lines.byCode("line", required("line", form.line()));
    SupportQueue queue =
        new SupportQueue(line, code, name(form.nameEn(), form.nameRu()), strategy(form));
    em.persist(queue);
    applyQueue(queue, form);
    audit("queue", code, "CREATE", form);
    return RoutingViews.Queue.of(queue);
  }

  public RoutingViews.Queue updateQueue(String code, RoutingViews.QueueForm form) {
    requireAdmin();
    SupportQueue queue = routing.queueByCode("code", code);
    requireVersion("queue", queue.getCode(), form.version(), queue.getVersion());
    applyQueue(queue, form);
    audit("queue", queue.getCode(), "UPDATE", form);
    return RoutingViews.Queue.of(queue);
  }

  public void deleteQueue(String code) {
    requireAdmin();
    SupportQueue queue = routing.queueByCode("code", code);
    if (used("SELECT COUNT(*) FROM ticket WHERE queue_id = ?1", queue.getId())
        || used("SELECT COUNT(*) FROM routing_rule WHERE target_queue_id = ?1", queue.getId())
        || used("SELECT COUNT(*) FROM category WHERE default_queue_id = ?1", queue.getId())) {
      throw new Conflict("routing.queue.inUse", queue.getCode());
    }
    em.createNativeQuery("DELETE FROM routing_queue_member WHERE queue_id = ?1")
        .setParameter(1, queue.getId())
        .executeUpdate();
    em.remove(queue);
    flushOrConflict("routing.queue.inUse", queue.getCode());
    audit("queue", queue.getCode(), "DELETE", null);
  }

  private void applyQueue(SupportQueue queue, RoutingViews.QueueForm form) {
    Set<Person> members = agents("members", form.members());
    for (Person member : members) {
      if (!routing.worksIn(queue.getLine(), member)) {
        throw new InvalidInput(
            "members", "routing.agent.notInLine", member.getUsername(), queue.getLine().getCode());
      }
    }
    queue.configure(name(form.nameEn(), form.nameRu()), strategy(form), members);
    flushOrStale("queue", queue.getCode());
  }

  // Rules

  public List<RoutingViews.Rule> rules() {
    requireAdmin();
    return routing.rules().stream().map(RoutingViews.Rule::of).toList();
  }

  public RoutingViews.Rule createRule(RoutingViews.RuleForm form) {
    requireAdmin();
    RoutingRule rule = new RoutingRule(text("name", form.name(), 200), rank(form));
    applyRule(rule, form);
    em.persist(rule);
    em.flush();
    audit("rule", String.valueOf(rule.getId()), "CREATE", form);
    return RoutingViews.Rule.of(rule);
  }

  public RoutingViews.Rule updateRule(long id, RoutingViews.RuleForm form) {
    requireAdmin();
    RoutingRule rule = existingRule(id);
    requireVersion("rule", String.valueOf(id), form.version(), rule.getVersion());
    applyRule(rule, form);
    flushOrStale("rule", String.valueOf(id));
    audit("rule", String.valueOf(id), "UPDATE", form);
    return RoutingViews.Rule.of(rule);
  }

  public void deleteRule(long id) {
    requireAdmin();
    em.remove(existingRule(id));
    audit("rule", String.valueOf(id), "DELETE", null);
  }

  private void applyRule(RoutingRule rule, RoutingViews.RuleForm form) {
    SupportLine line = lines.byCode("line", required("line", form.line()));
    SupportQueue queue =
        form.queue() == null || form.queue().isBlank()
            ? null
            : routing.queueByCode("queue", form.queue());
    if (queue != null) {
      routing.requireQueueIn(line, queue, "queue");
    }
    Category category =
        form.category() == null || form.category().isBlank()
            ? null
            : lines.categoryByCode("category", form.category());
    String channel = blankToNull(form.channel());
    if (channel != null) {
      channel = channel.toUpperCase(Locale.ROOT);
      if (!Set.of("PORTAL", "EMAIL", "PHONE", "CHAT", "API").contains(channel)) {
        throw new InvalidInput("channel", "error.field.oneOf", "PORTAL, EMAIL, PHONE, CHAT, API");
      }
    }
    String priority = blankToNull(form.priority());
    if (priority != null) {
      priority = priority.toUpperCase(Locale.ROOT);
      if (!Set.of("LOW", "NORMAL", "HIGH", "URGENT").contains(priority)) {
        throw new InvalidInput("priority", "error.field.oneOf", "LOW, NORMAL, HIGH, URGENT");
      }
    }
    String keywords =
        form.keywords() == null
            ? null
            : blankToNull(
                form.keywords().stream()
                    .map(String::strip)
                    .filter(k -> !k.isEmpty())
                    .collect(Collectors.joining(",")));
    if (keywords != null && keywords.length() > 500) {
      throw new InvalidInput("keywords", "error.field.tooLong", 500);
    }
    rule.define(
        text("name", form.name(), 200),
        rank(form),
        category,
        Boolean.TRUE.equals(form.includeSubcategories()),
        channel,
        form.vip(),
        keywords,
        line,
        queue,
        priority);
    rule.limitToOrgUnit(
        form.orgUnit() == null || form.orgUnit().isBlank()
            ? null
            : orgUnits.existing("orgUnit", form.orgUnit()));
    rule.tagWith(tags(form.tags()));
  }

  private static Set<String> tags(List<String> given) {
    Set<String> tags = new TreeSet<>();
    if (given != null) {
      for (int i = 0; i < given.size(); i++) {
        if (given.get(i) != null && !given.get(i).isBlank()) {
          tags.add(Tag.normalise("tags[" + i + "]", given.get(i)));
        }
      }
    }
    if (tags.size() > Tag.MAX_PER_TICKET) {
      throw new InvalidInput("tags", "ticket.tag.tooMany", Tag.MAX_PER_TICKET);
    }
    return tags;
  }

  /**
   * Moves a rule one place up (earlier) or down in the order by swapping ranks with its neighbour;
   * false if it is already first or last.
   */
  public boolean moveRule(long id, boolean up) {
    requireAdmin();
    RoutingRule rule = existingRule(id);
    List<RoutingRule> ordered = routing.rules();
    int at = -1;
    for (int i = 0; i < ordered.size(); i++) {
      if (ordered.get(i).getId().equals(rule.getId())) {
        at = i;
      }
    }
    int other = up ? at - 1 : at + 1;
    if (at < 0 || other < 0 || other >= ordered.size()) {
      return false;
    }
    RoutingRule neighbour = ordered.get(other);
    int mine = rule.getRank();
    int theirs = neighbour.getRank();
    // Equal ranks are ordered by id; make the order explicit before swapping.
    if (mine == theirs) {
      theirs = up ? mine - 1 : mine + 1;
    }
    rule.rerank(theirs);
    neighbour.rerank(mine);
    flushOrStale("rule", String.valueOf(id));
    audit("rule", String.valueOf(id), up ? "MOVE_UP" : "MOVE_DOWN", null);
    return true;
  }

  // Categories

  public List<RoutingViews.CategoryView> categories() {
    requireAdmin();
    return em
        .createQuery("SELECT c FROM Category c ORDER BY c.code", Category.class)
        .getResultList()
        .stream()
        .map(RoutingViews.CategoryView::of)
        .toList();
  }

  public RoutingViews.CategoryView createCategory(RoutingViews.CategoryForm form) {
    requireAdmin();
    String code = code(form.code());
    if (!em.createNamedQuery(Category.BY_CODE, Category.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty()) {
      throw new InvalidInput("code", "routing.code.taken", code);
    }
    Category category = new Category(code, name(form.nameEn(), form.nameRu()), null);
    applyCategory(category, form);
    em.persist(category);
    flushOrStale("category", code);
    audit("category", code, "CREATE", form);
    return RoutingViews.CategoryView.of(category);
  }

  public RoutingViews.CategoryView updateCategory(String code, RoutingViews.CategoryForm form) {
    requireAdmin();
    Category category =
        em.createNamedQuery(Category.BY_CODE, Category.class)
            .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFound("category.notFound", code));
    requireVersion("category", category.getCode(), form.version(), category.getVersion());
    applyCategory(category, form);
    flushOrStale("category", category.getCode());
    audit("category", category.getCode(), "UPDATE", form);
    return RoutingViews.CategoryView.of(category);
  }

  private void applyCategory(Category category, RoutingViews.CategoryForm form) {
    Category parent =
        form.parent() == null || form.parent().isBlank()
            ? null
            : lines.categoryByCode("parent", form.parent().strip());
    SupportLine line =
        form.defaultLine() == null || form.defaultLine().isBlank()
            ? null
            : lines.byCode("defaultLine", form.defaultLine());
    SupportQueue queue =
        form.defaultQueue() == null || form.defaultQueue().isBlank()
            ? null
            : routing.queueByCode("defaultQueue", form.defaultQueue());
    if (queue != null && line == null) {
      throw new InvalidInput("defaultLine", "error.field.required");
    }
    if (queue != null) {
      routing.requireQueueIn(line, queue, "defaultQueue");
    }
    category.configure(
        name(form.nameEn(), form.nameRu()),
        parent,
        line,
        queue,
        form.active() == null || form.active());
  }

  // Agents

  /** Everyone with the agent role, by name (for the agents screen; a help desk has dozens). */
  public List<RoutingViews.AgentSummary> agents() {
    requireAdmin();
    List<Person> agents =
        em.createQuery(
                "SELECT DISTINCT p FROM Person p JOIN p.roles r WHERE r = :role AND p.active = :active"
                    + " ORDER BY p.displayName",
                Person.class)
            .setParameter("role", Role.AGENT)
            .setParameter("active", true)
            .setMaxResults(1000)
            .getResultList();
    return agents.stream()
        .map(
            p ->
                new RoutingViews.AgentSummary(
                    p.getUsername(),
                    p.getDisplayName(),
                    lines.linesOf(p.getId()).stream().map(SupportLine::getCode).toList(),
                    routing.queuesOfMember(p.getId()).stream().map(SupportQueue::getCode).toList(),
                    routing.profileOf(p).getAvailability().name()))
        .toList();
  }

  public RoutingViews.Agent agent(String username) {
    requireAdmin();
    Person person = existingAgent(username);
    return RoutingViews.Agent.of(person, routing.profileOf(person));
  }

  public RoutingViews.Agent updateAgent(String username, RoutingViews.AgentForm form) {
    requireAdmin();
    Person person = existingAgent(username);
    AgentProfile profile = em.find(AgentProfile.class, person.getId());
    if (profile == null) {
      profile = new AgentProfile(person.getId());
      em.persist(profile);
    } else {
      requireVersion("agent", person.getUsername(), form.version(), profile.getVersion());
    }
    if (form.capacity() == null || form.capacity() < 0 || form.capacity() > 1000) {
      throw new InvalidInput("capacity", "error.field.range", 0, 1000);
    }
    Availability availability =
        Enums.parse(
            "availability", Availability.class, required("availability", form.availability()));
    Instant until = form.awayUntil();
    if (availability == Availability.OUT_OF_OFFICE && until == null) {
      throw new InvalidInput("awayUntil", "error.field.required");
    }
    Set<String> languages =
        form.languages() == null
            ? Set.of()
            : form.languages().stream()
                .map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                .filter(tag -> tag.matches("[a-z]{2,3}"))
                .collect(Collectors.toSet());
    Set<Long> skills =
        form.skills() == null
            ? Set.of()
            : form.skills().stream()
                .map(code -> lines.categoryByCode("skills", code).getId())
                .collect(Collectors.toSet());
    profile.configure(form.capacity(), availability, until, languages, skills);
    LinesOfThisRequest.forget(linesOfThisRequest);
    flushOrStale("agent", person.getUsername());
    audit("agent", person.getUsername(), "UPDATE", form);
    return RoutingViews.Agent.of(person, profile);
  }

  /**
   * Puts an agent in exactly these lines and queues (the agents screen); each queue must belong to
   * one of the lines. Leads are set on the line (a lead need not be a member).
   */
  public RoutingViews.AgentSummary updateMemberships(
      String username, List<String> lineCodes, List<String> queueCodes) {
    requireAdmin();
    Person person = existingAgent(username);
    List<SupportLine> wanted =
        lineCodes == null
            ? List.of()
            : lineCodes.stream().map(code -> lines.byCode("lines", code)).toList();
    List<SupportQueue> wantedQueues =
        queueCodes == null
            ? List.of()
            : queueCodes.stream().map(code -> routing.queueByCode("queues", code)).toList();
    for (SupportQueue queue : wantedQueues) {
      if (wanted.stream().noneMatch(l -> l.getId().equals(queue.getLine().getId()))) {
        throw new InvalidInput(
            "queues", "routing.agent.notInLine", person.getUsername(), queue.getLine().getCode());
      }
    }
    for (SupportLine line : lines.all()) {
      boolean in = wanted.stream().anyMatch(l -> l.getId().equals(line.getId()));
      if (in && !line.hasMember(person)) {
        line.addMember(person);
      } else if (!in && line.hasMember(person)) {
        line.removeMember(person);
      }
    }
    for (SupportQueue queue : routing.allQueues()) {
      boolean in = wantedQueues.stream().anyMatch(q -> q.getId().equals(queue.getId()));
      if (in && !queue.hasMember(person)) {
        queue.addMember(person);
      } else if (!in && queue.hasMember(person)) {
        queue.removeMember(person);
      }
    }
    flushOrStale("agent", person.getUsername());
    audit(
        "agent",
        person.getUsername(),
        "MEMBERSHIP",
        new Memberships(
            wanted.stream().map(SupportLine::getCode).toList(),
            wantedQueues.stream().map(SupportQueue::getCode).toList()));
    return agents().stream()
        .filter(a -> a.username().equals(person.getUsername()))
        .findFirst()
        .orElseThrow();
  }

  /** What the membership audit entry records. */
  public record Memberships(List<String> lines, List<String> queues) {}

  // Audit

  public List<RoutingViews.AuditEntry> audit(int max) {
    requireAdmin();
    return em
        .createNamedQuery(AdminAuditEntry.RECENT, AdminAuditEntry.class)
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultList()
        .stream()
        .map(entry -> RoutingViews.AuditEntry.of(entry, people.find(entry.getActorId())))
        .toList();
  }

  /**
   * Every routing edit is audited here, in its transaction; so this is also where every node learns
   * that what ticket creation reads of routing changed.
   */
  private void audit(String subject, String key, String action, Object request) {
    generation.changed();
    em.persist(
        new AdminAuditEntry(
            currentUser.person().getId(),
            clock.instant(),
            subject,
            key,
            action,
            request == null ? null : JSON.toJson(request)));
  }

  // Validation

  /**
   * Refuses an edit made on an older copy, naming who changed it last (from the audit), so that the
   * admin reloads instead of overwriting a change they have not seen.
   */
  private void requireVersion(String subject, String key, Long expected, long actual) {
    if (expected != null && expected != actual) {
      throw stale(subject, key);
    }
  }

  private Conflict stale(String subject, String key) {
    AdminAuditEntry last =
        em.createQuery(
                "SELECT a FROM AdminAuditEntry a WHERE a.subject = :subject AND a.subjectKey = :key"
                    + " ORDER BY a.occurredAt DESC, a.id DESC",
                AdminAuditEntry.class)
            .setParameter("subject", subject)
            .setParameter("key", key)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Person actor = last == null ? null : people.find(last.getActorId());
    return new Conflict(
        "routing.admin.stale",
        key,
        actor == null ? "?" : actor.getDisplayName(),
        last == null ? null : java.util.Date.from(last.getOccurredAt()));
  }

  /** Two admins saving at once: the later flush loses and hears who won. */
  private void flushOrStale(String subject, String key) {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw stale(subject, key);
    }
  }

  private void requireAdmin() {
    if (!currentUser.is(Role.ADMIN)) {
      throw new AccessDenied("routing.adminOnly");
    }
  }

  private SupportLine existingLine(String code) {
    return lines.all().stream()
        .filter(l -> l.getCode().equalsIgnoreCase(code))
        .findFirst()
        .orElseThrow(() -> new NotFound("routing.line.notFound", code));
  }

  private RoutingRule existingRule(long id) {
    RoutingRule rule = em.find(RoutingRule.class, id);
    if (rule == null) {
      throw new NotFound("routing.rule.notFound", id);
    }
    return rule;
  }

  private Person existingAgent(String username) {
    Person person =
        people.byUsername(username).orElseThrow(() -> new NotFound("person.notFound", username));
    if (!person.isAgent()) {
      throw new InvalidInput("username", "ticket.assignee.notAgent", username);
    }
    return person;
  }

  private Set<Person> agents(String field, List<String> usernames) {
    if (usernames == null) {
      return Set.of();
    }
    return usernames.stream()
        .map(
            name -> {
              Person person =
                  people
                      .byUsername(name.strip())
                      .orElseThrow(() -> new InvalidInput(field, "person.notFound", name));
              if (!person.isAgent()) {
                throw new InvalidInput(field, "ticket.assignee.notAgent", name);
              }
              return person;
            })
        .collect(Collectors.toSet());
  }

  /**
   * Other components refer to lines and queues too (SLA policies and calendars); the database's
   * foreign keys have the last word, and their refusal is a conflict, not a server error.
   */
  private void flushOrConflict(String key, String code) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw new Conflict(key, code);
    }
  }

  private boolean used(String countSql, long id) {
    return ((Number) em.createNativeQuery(countSql).setParameter(1, id).getSingleResult())
            .longValue()
        > 0;
  }

  private static String code(String code) {
    String given = required("code", code).toUpperCase(Locale.ROOT);
    if (!given.matches("[A-Z0-9_]{1,40}")) {
      throw new InvalidInput("code", "routing.code.format");
    }
    return given;
  }

  private static int tier(RoutingViews.LineForm form) {
    if (form.tier() == null || form.tier() < 1) {
      throw new InvalidInput("tier", "error.field.range", 1, 99);
    }
    return form.tier();
  }

  private static int rank(RoutingViews.RuleForm form) {
    if (form.rank() == null) {
      throw new InvalidInput("rank", "error.field.required");
    }
    return form.rank();
  }

  private static AssignmentStrategy strategy(RoutingViews.QueueForm form) {
    return Enums.parse("strategy", AssignmentStrategy.class, required("strategy", form.strategy()));
  }

  private static LocalizedName name(String english, String russian) {
    return new LocalizedName(text("nameEn", english, MAX_NAME), text("nameRu", russian, MAX_NAME));
  }

  private static String description(String description) {
    String given = blankToNull(description);
    if (given != null && given.length() > 1000) {
      throw new InvalidInput("description", "error.field.tooLong", 1000);
    }
    return given;
  }

  private static String text(String field, String value, int max) {
    String given = required(field, value);
    if (given.length() > max) {
      throw new InvalidInput(field, "error.field.tooLong", max);
    }
    return given;
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInput(field, "error.field.required");
    }
    return value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
