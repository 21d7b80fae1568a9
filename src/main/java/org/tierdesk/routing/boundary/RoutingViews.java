package org.tierdesk.routing.boundary;

import java.time.Instant;
import java.util.List;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.routing.entity.AdminAuditEntry;
import org.tierdesk.routing.entity.AgentProfile;
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
      List<String> leads) {}

  public record Line(
      String code,
      int tier,
      String nameEn,
      String nameRu,
      String description,
      String nextLine,
      List<String> members,
      List<String> leads) {

    static Line of(SupportLine line) {
      return new Line(
          line.getCode(),
          line.getTier(),
          line.getName().english(),
          line.getName().russian(),
          line.getDescription(),
          line.getNextLine() == null ? null : line.getNextLine().getCode(),
          usernames(line.getMembers()),
          usernames(line.getLeads()));
    }
  }

  public record QueueForm(
      String code,
      String line,
      String nameEn,
      String nameRu,
      String strategy,
      List<String> members) {}

  public record Queue(
      String code,
      String line,
      String nameEn,
      String nameRu,
      String strategy,
      List<String> members) {

    static Queue of(SupportQueue queue) {
      return new Queue(
          queue.getCode(),
          queue.getLine().getCode(),
          queue.getName().english(),
          queue.getName().russian(),
          queue.getStrategy().name(),
          usernames(queue.getMembers()));
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
      String priority) {}

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
      String priority) {

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
          rule.getTargetPriority());
    }
  }

  public record AgentForm(
      Integer capacity,
      String availability,
      Instant awayUntil,
      List<String> languages,
      List<String> skills) {}

  public record Agent(
      String username,
      int capacity,
      String availability,
      Instant awayUntil,
      List<String> languages,
      List<Long> skills) {

    static Agent of(Person person, AgentProfile profile) {
      return new Agent(
          person.getUsername(),
          profile.getCapacity(),
          profile.getAvailability().name(),
          profile.getAwayUntil(),
          profile.languageSet().stream().sorted().toList(),
          profile.getSkills().stream().sorted().toList());
    }
  }

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
