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
import java.util.stream.Collectors;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
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
  @Inject CurrentUser currentUser;
  @Inject People people;
  @Inject SupportLines lines;
  @Inject Routing routing;
  @Inject Clock clock;

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
    em.flush();
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
    em.flush();
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
    applyRule(rule, form);
    em.flush();
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
  }

  // Agents

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
    em.flush();
    audit("agent", person.getUsername(), "UPDATE", form);
    return RoutingViews.Agent.of(person, profile);
  }

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

  private void audit(String subject, String key, String action, Object request) {
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
