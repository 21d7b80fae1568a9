package org.tierdesk.sla.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tierdesk.platform.tree.Hierarchy;
import org.tierdesk.sla.entity.PolicyDefinition;
import org.tierdesk.sla.entity.SlaPolicy;
import org.tierdesk.sla.entity.TicketFacts;
import org.tierdesk.ticket.entity.Channel;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.TicketStatus;

class PolicyMatcherTest {

  static final long HARDWARE = 2;
  static final long PRINTING = 6;
  static final long NETWORK = 4;
  static final long L1 = 1;
  static final long L2 = 2;
  static final Hierarchy TREE = new Hierarchy(Map.of(PRINTING, HARDWARE));

  static PolicyBuilder policy(String name) {
    return new PolicyBuilder(name);
  }

  static TicketFacts ticket(Priority priority) {
    return new TicketFacts(TicketStatus.NEW, priority, null, L1, Channel.PORTAL, false, null);
  }

  static final SlaPolicy FALLBACK = policy("Fallback").fallback();

  @Nested
  class FirstMatchWins {

    @Test
    void takesTheFirstMatchingPolicyByRank() {
      SlaPolicy urgent = policy("Urgent").priorities(Priority.URGENT).build();
      SlaPolicy anything = policy("Anything").build();
      PolicyMatcher matcher =
          new PolicyMatcher(List.of(urgent, anything, FALLBACK), TREE, Hierarchy.flat());

      assertThat(matcher.select(ticket(Priority.URGENT))).isSameAs(urgent);
      assertThat(matcher.select(ticket(Priority.LOW))).isSameAs(anything);
    }

    @Test
    void fallsBackWhenNothingMatches() {
      SlaPolicy urgent = policy("Urgent").priorities(Priority.URGENT).build();
      PolicyMatcher matcher = new PolicyMatcher(List.of(urgent, FALLBACK), TREE, Hierarchy.flat());

      assertThat(matcher.select(ticket(Priority.NORMAL))).isSameAs(FALLBACK);
    }

    @Test
    void theFallbackNeverShadowsLaterPolicies() {
      SlaPolicy high = policy("High").priorities(Priority.HIGH).build();
      PolicyMatcher matcher = new PolicyMatcher(List.of(FALLBACK, high), TREE, Hierarchy.flat());

      assertThat(matcher.select(ticket(Priority.HIGH))).isSameAs(high);
    }

    @Test
    void refusesToWorkWithoutAFallback() {
      PolicyMatcher matcher =
          new PolicyMatcher(
              List.of(policy("Urgent").priorities(Priority.URGENT).build()),
              TREE,
              Hierarchy.flat());

      assertThatThrownBy(() -> matcher.select(ticket(Priority.LOW)))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class Conditions {

    PolicyMatcher matcher = new PolicyMatcher(List.of(FALLBACK), TREE, Hierarchy.flat());

    @Test
    void allConditionsMustHold() {
      SlaPolicy policy =
          policy("Phone urgent").priorities(Priority.URGENT).channels(Channel.PHONE).build();

      assertThat(matcher.matches(policy, facts(Priority.URGENT, Channel.PHONE, null, L1, false)))
          .isTrue();
      assertThat(matcher.matches(policy, facts(Priority.URGENT, Channel.EMAIL, null, L1, false)))
          .isFalse();
      assertThat(matcher.matches(policy, facts(Priority.HIGH, Channel.PHONE, null, L1, false)))
          .isFalse();
    }

    @Test
    void anyListedValueMatches() {
      SlaPolicy policy =
          policy("Urgent or high").priorities(Priority.URGENT, Priority.HIGH).build();

      assertThat(matcher.matches(policy, ticket(Priority.HIGH))).isTrue();
      assertThat(matcher.matches(policy, ticket(Priority.URGENT))).isTrue();
      assertThat(matcher.matches(policy, ticket(Priority.NORMAL))).isFalse();
    }

    @Test
    void aCategoryCoversItsSubcategories() {
      SlaPolicy hardware = policy("Hardware").categories(HARDWARE).build();

      assertThat(
              matcher.matches(hardware, facts(Priority.LOW, Channel.PORTAL, PRINTING, L1, false)))
          .isTrue();
      assertThat(
              matcher.matches(hardware, facts(Priority.LOW, Channel.PORTAL, HARDWARE, L1, false)))
          .isTrue();
      assertThat(matcher.matches(hardware, facts(Priority.LOW, Channel.PORTAL, NETWORK, L1, false)))
          .isFalse();
      assertThat(matcher.matches(hardware, facts(Priority.LOW, Channel.PORTAL, null, L1, false)))
          .isFalse();
    }

    @Test
    void aSubcategoryDoesNotCoverItsParent() {
      SlaPolicy printing = policy("Printing").categories(PRINTING).build();

      assertThat(
              matcher.matches(printing, facts(Priority.LOW, Channel.PORTAL, HARDWARE, L1, false)))
          .isFalse();
    }

    @Test
    void matchesOnTheSupportLine() {
      SlaPolicy second = policy("Second line").lines(L2).build();

      assertThat(matcher.matches(second, facts(Priority.LOW, Channel.PORTAL, null, L2, false)))
          .isTrue();
      assertThat(matcher.matches(second, facts(Priority.LOW, Channel.PORTAL, null, L1, false)))
          .isFalse();
    }

    @Test
    void vipConditionCanRequireOrExcludeVips() {
      SlaPolicy vipsOnly = policy("VIP").vip(true).build();
      SlaPolicy othersOnly = policy("Others").vip(false).build();
      SlaPolicy anyone = policy("Anyone").build();
      TicketFacts vip = facts(Priority.LOW, Channel.PORTAL, null, L1, true);
      TicketFacts other = facts(Priority.LOW, Channel.PORTAL, null, L1, false);

      assertThat(matcher.matches(vipsOnly, vip)).isTrue();
      assertThat(matcher.matches(vipsOnly, other)).isFalse();
      assertThat(matcher.matches(othersOnly, vip)).isFalse();
      assertThat(matcher.matches(othersOnly, other)).isTrue();
      assertThat(matcher.matches(anyone, vip)).isTrue();
      assertThat(matcher.matches(anyone, other)).isTrue();
    }

    @Test
    void anOrganisationCoversItsDepartments() {
      long acme = 100L;
      long acmeFinance = 101L;
      long acmePayroll = 102L;
      long globex = 200L;
      PolicyMatcher withUnits =
          new PolicyMatcher(
              List.of(FALLBACK),
              TREE,
              new Hierarchy(Map.of(acmeFinance, acme, acmePayroll, acmeFinance)));
      SlaPolicy acmeContract = policy("ACME contract").units(acme).build();
      SlaPolicy financeOnly = policy("Finance").units(acmeFinance).build();

      assertThat(withUnits.matches(acmeContract, requesterIn(acmePayroll))).isTrue();
      assertThat(withUnits.matches(acmeContract, requesterIn(acme))).isTrue();
      assertThat(withUnits.matches(acmeContract, requesterIn(globex))).isFalse();
      assertThat(withUnits.matches(acmeContract, requesterIn(null))).isFalse();
      assertThat(withUnits.matches(financeOnly, requesterIn(acme))).isFalse();
      assertThat(withUnits.units().selfAndAncestors(acmePayroll))
          .containsExactly(acmePayroll, acmeFinance, acme);
    }

    @Test
    void theFallbackMatchesEverything() {
      assertThat(
              matcher.matches(FALLBACK, facts(Priority.URGENT, Channel.CHAT, PRINTING, L2, true)))
          .isTrue();
    }
  }

  @Test
  void categoryTreeStopsAtCycles() {
    Hierarchy looped = new Hierarchy(Map.of(1L, 2L, 2L, 1L));

    assertThat(looped.selfAndAncestors(1L)).containsExactly(1L, 2L);
    assertThat(Hierarchy.flat().selfAndAncestors(5L)).containsExactly(5L);
    assertThat(TREE.selfAndAncestors(null)).isEmpty();
  }

  static TicketFacts requesterIn(Long unitId) {
    return new TicketFacts(TicketStatus.NEW, Priority.LOW, null, L1, Channel.PORTAL, false, unitId);
  }

  static TicketFacts facts(
      Priority priority, Channel channel, Long categoryId, long lineId, boolean vip) {
    return new TicketFacts(TicketStatus.NEW, priority, categoryId, lineId, channel, vip, null);
  }

  /** Policies with just the conditions a test needs; targets do not matter for matching. */
  static final class PolicyBuilder {
    private final String name;
    private Set<Priority> priorities = Set.of();
    private Set<Long> categories = Set.of();
    private Set<Long> lines = Set.of();
    private Set<Channel> channels = Set.of();
    private Boolean vip;
    private Set<Long> units = Set.of();

    PolicyBuilder(String name) {
      this.name = name;
    }

    PolicyBuilder priorities(Priority... values) {
      priorities = Set.of(values);
      return this;
    }

    PolicyBuilder categories(Long... ids) {
      categories = Set.of(ids);
      return this;
    }

    PolicyBuilder lines(Long... ids) {
      lines = Set.of(ids);
      return this;
    }

    PolicyBuilder channels(Channel... values) {
      channels = Set.of(values);
      return this;
    }

    PolicyBuilder units(Long... ids) {
      units = Set.of(ids);
      return this;
    }

    PolicyBuilder vip(boolean required) {
      vip = required;
      return this;
    }

    SlaPolicy build() {
      return new SlaPolicy(definition(), 10, false);
    }

    SlaPolicy fallback() {
      return new SlaPolicy(definition(), 1000, true);
    }

    private PolicyDefinition definition() {
      return new PolicyDefinition(
          name,
          priorities,
          categories,
          lines,
          channels,
          vip,
          units,
          60,
          120,
          480,
          80,
          null,
          PolicyDefinition.defaultPauseStatuses(),
          PolicyDefinition.defaultFirstResponseBy(),
          Set.of(),
          Set.of());
    }
  }
}
