package org.tierdesk.routing.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The conditions of one intake rule; null means "any".
 *
 * @param categoryId the category, matched exactly or, with {@code subtree}, with its descendants
 * @param keywords any of them in the subject (case-insensitive) matches; empty means any subject
 * @param orgUnitId the requester's organisation unit, or any unit below it
 */
public record RuleConditions(
    Long categoryId,
    boolean subtree,
    String channel,
    Boolean vip,
    List<String> keywords,
    Long orgUnitId) {

  public RuleConditions(
      Long categoryId, boolean subtree, String channel, Boolean vip, List<String> keywords) {
    this(categoryId, subtree, channel, vip, keywords, null);
  }

  public RuleConditions {
    keywords =
        keywords == null
            ? List.of()
            : keywords.stream()
                .map(word -> word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .toList();
  }

  /** Keywords as an admin types them: comma-separated. */
  public static List<String> keywordsOf(String commaSeparated) {
    return commaSeparated == null ? List.of() : List.of(commaSeparated.split(","));
  }

  public boolean matches(TicketFacts facts) {
    return categoryMatches(facts)
        && (channel == null || channel.equalsIgnoreCase(facts.channel()))
        && (vip == null || vip == facts.vip())
        && (keywords.isEmpty() || keywordsMatch(facts.subject()))
        && (orgUnitId == null || facts.orgUnitPath().contains(orgUnitId));
  }

  private boolean categoryMatches(TicketFacts facts) {
    if (categoryId == null) {
      return true;
    }
    if (subtree) {
      return facts.categoryPath().contains(categoryId);
    }
    return categoryId.equals(facts.categoryId());
  }

  private boolean keywordsMatch(String subject) {
    String lower = subject == null ? "" : subject.toLowerCase(Locale.ROOT);
    return keywords.stream().anyMatch(lower::contains);
  }

  /**
   * A new ticket as rules see it.
   *
   * @param categoryPath the category and its ancestors
   * @param orgUnitPath the requester's organisation unit and the units above it
   */
  public record TicketFacts(
      Long categoryId,
      Set<Long> categoryPath,
      String channel,
      boolean vip,
      String subject,
      Set<Long> orgUnitPath) {

    public TicketFacts {
      categoryPath = Set.copyOf(categoryPath);
      orgUnitPath = orgUnitPath == null ? Set.of() : Set.copyOf(orgUnitPath);
    }

    public TicketFacts(
        Long categoryId, Set<Long> categoryPath, String channel, boolean vip, String subject) {
      this(categoryId, categoryPath, channel, vip, subject, Set.of());
    }
  }
}
