package org.tierdesk.routing.boundary;

import java.time.Instant;
import java.util.List;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.routing.entity.AdminAuditEntry;
import org.tierdesk.routing.entity.AgentProfile;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.routing.entity.RoutingRule;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.routing.entity.SupportQueue;

/** What the routing admin API reads and writes; people by username, lines and queues by code. */
public final class RoutingViews {

  private RoutingViews() {}

  public record LineForm(
      String code,
      Integer tier,
      String nameEn,
      String nameRu,
      String description,
      String nextLine,
      List<String> members,
      List<String> leads,
      Integer idleMinutes,
      Boolean defectLinks,
      Long version) {}

  public record Line(
      String code,
      int tier,
      String nameEn,
      String nameRu,
      String description,
      String nextLine,
      List<String> members,
      List<String> leads,
      Integer idleMinutes,
      boolean defectLinks,
      long version) {

    static Line of(SupportLine line) {
      return new Line(
          line.getCode(),
          line.getTier(),
          line.getName().english(),
          line.getName().russian(),
          line.getDescription(),
          line.getNextLine() == null ? null : line.getNextLine().getCode(),
          usernames(line.getMembers()),
          usernames(line.getLeads()),
          line.getIdleMinutes(),
          line.isDefectLinks(),
          line.getVersion());
    }
  }

  public record QueueForm(
      String code,
      String line,
      String nameEn,
      String nameRu,
      String strategy,
      List<String> members,
      Long version) {}

  public record Queue(
      String code,
      String line,
      String nameEn,
      String nameRu,
      String strategy,
      List<String> members,
      long version) {

    static Queue of(SupportQueue queue) {
      return new Queue(
          queue.getCode(),
          queue.getLine().getCode(),
          queue.getName().english(),
          queue.getName().russian(),
          queue.getStrategy().name(),
          usernames(queue.getMembers()),
          queue.getVersion());
    }
  }

  public record RuleForm(
      String name,
      Integer rank,
      String category,
      Boolean includeSubcategories,
      String channel,
      Boolean vip,
      List<String> keywords,
      String line,
      String queue,
      String priority,
      String orgUnit,
      List<String> tags,
      Long version) {}

  public record Rule(
      long id,
      String name,
      int rank,
      String category,
      boolean includeSubcategories,
      String channel,
      Boolean vip,
      List<String> keywords,
      String line,
      String queue,
      String priority,
      String orgUnit,
      List<String> tags,
      long version) {

    static Rule of(RoutingRule rule) {
      return new Rule(
          rule.getId(),
          rule.getName(),
          rule.getRank(),
          rule.getCategory() == null ? null : rule.getCategory().getCode(),
          rule.isIncludeSubcategories(),
          rule.getChannel(),
          rule.getRequesterVip(),
          rule.getKeywords() == null ? List.of() : List.of(rule.getKeywords().split(",")),
          rule.getTargetLine().getCode(),
          rule.getTargetQueue() == null ? null : rule.getTargetQueue().getCode(),
          rule.getTargetPriority(),
          rule.getOrgUnit() == null ? null : rule.getOrgUnit().getCode(),
          rule.getTargetTags(),
          rule.getVersion());
    }
  }

  public record AgentForm(
      Integer capacity,
      String availability,
      Instant awayUntil,
      List<String> languages,
      List<String> skills,
      Long version) {}

  public record Agent(
      String username,
      int capacity,
      String availability,
      Instant awayUntil,
      List<String> languages,
      List<Long> skills,
      long version) {

    static Agent of(Person person, AgentProfile profile) {
      return new Agent(
          person.getUsername(),
          profile.getCapacity(),
          profile.getAvailability().name(),
          profile.getAwayUntil(),
          profile.languageSet().stream().sorted().toList(),
          profile.getSkills().stream().sorted().toList(),
          profile.getVersion());
    }
  }

  public record CategoryForm(
      String code,
      String nameEn,
      String nameRu,
      String parent,
      String defaultLine,
      String defaultQueue,
      Boolean active,
      Long version) {}

  public record CategoryView(
      String code,
      String nameEn,
      String nameRu,
      String parent,
      String defaultLine,
      String defaultQueue,
      boolean active,
      long version) {

    static CategoryView of(Category category) {
      return new CategoryView(
          category.getCode(),
          category.getName().english(),
          category.getName().russian(),
          category.getParent() == null ? null : category.getParent().getCode(),
          category.getDefaultLine() == null ? null : category.getDefaultLine().getCode(),
          category.getDefaultQueue() == null ? null : category.getDefaultQueue().getCode(),
          category.isActive(),
          category.getVersion());
    }
  }

  /** An agent in the admin list: who, in which lines and queues, whether available. */
  public record AgentSummary(
      String username,
      String displayName,
      List<String> lines,
      List<String> queues,
      String availability) {}

  public record AuditEntry(
      Instant at, String actor, String subject, String key, String action, String detail) {

    static AuditEntry of(AdminAuditEntry entry, Person actor) {
      return new AuditEntry(
          entry.getOccurredAt(),
          actor == null ? null : actor.getUsername(),
          entry.getSubject(),
          entry.getSubjectKey(),
          entry.getAction(),
          entry.getDetail());
    }
  }

  private static List<String> usernames(java.util.Set<Person> people) {
    return people.stream().map(Person::getUsername).sorted().toList();
  }
}
