package org.tierdesk.sla.control;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.tierdesk.platform.tree.Hierarchy;
import org.tierdesk.sla.entity.SlaPolicy;
import org.tierdesk.sla.entity.TicketFacts;

/**
 * Chooses the policy for a ticket: the first policy, by rank, whose conditions all hold, and the
 * fallback when none does. Within one condition any listed value matches; an empty list matches
 * anything; a category condition also covers subcategories, and an organisation-unit condition the
 * units below.
 */
public final class PolicyMatcher {

  private final List<SlaPolicy> ranked;
  private final Hierarchy categories;
  private final Hierarchy units;

  /**
   * @param ranked the live policies, best rank first; the fallback among them
   * @param categories the category tree
   * @param units the organisation-unit tree
   */
  public PolicyMatcher(List<SlaPolicy> ranked, Hierarchy categories, Hierarchy units) {
    this.ranked = List.copyOf(ranked);
    this.categories = categories;
    this.units = units;
  }

  /** The organisation-unit tree the matcher decides by; calendars of units follow it too. */
  public Hierarchy units() {
    return units;
  }

  public SlaPolicy select(TicketFacts facts) {
    SlaPolicy fallback = null;
    for (SlaPolicy policy : ranked) {
      if (policy.isFallback()) {
        fallback = policy;
      } else if (matches(policy, facts)) {
        return policy;
      }
    }
    if (fallback == null) {
      throw new IllegalStateException("No fallback SLA policy: the schema guarantees one");
    }
    return fallback;
  }

  public boolean matches(SlaPolicy policy, TicketFacts facts) {
    if (policy.isFallback()) {
      return true;
    }
    Set<Long> categoryPath = categories.selfAndAncestors(facts.categoryId());
    return anyOrContains(policy.getPriorities(), facts.priority())
        && anyOrContains(policy.getChannels(), facts.channel())
        && anyOrContains(policy.getLineIds(), facts.lineId())
        && (policy.getCategoryIds().isEmpty()
            || !Collections.disjoint(policy.getCategoryIds(), categoryPath))
        && (policy.getRequesterVip() == null || policy.getRequesterVip() == facts.requesterVip())
        && (policy.getOrgUnitIds().isEmpty()
            || !Collections.disjoint(
                policy.getOrgUnitIds(), units.selfAndAncestors(facts.requesterUnitId())));
  }

  private static <T> boolean anyOrContains(Set<T> allowed, T value) {
    return allowed.isEmpty() || allowed.contains(value);
  }
}
