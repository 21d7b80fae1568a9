package org.tierdesk.routing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tierdesk.routing.control.RuleConditions.TicketFacts;

class RuleMatcherTest {

  /** A printing ticket (category 6 below hardware 2) from the portal by a regular requester. */
  static final TicketFacts PRINTER =
      new TicketFacts(6L, Set.of(6L, 2L), "PORTAL", false, "Printer shows Error 50");

  static RuleConditions any() {
    return new RuleConditions(null, false, null, null, List.of());
  }

  @Test
  void firstMatchWins() {
    List<RuleConditions> rules =
        List.of(
            new RuleConditions(4L, false, null, null, List.of()),
            new RuleConditions(null, false, "PORTAL", null, List.of()),
            any());
    assertThat(RuleMatcher.firstMatch(rules, PRINTER)).hasValue(1);
  }

  @Test
  void noRuleMatchesWhenNoConditionHolds() {
    List<RuleConditions> rules = List.of(new RuleConditions(null, false, "EMAIL", null, null));
    assertThat(RuleMatcher.firstMatch(rules, PRINTER)).isEmpty();
  }

  @Test
  void categoryMatchesExactlyOrWithItsSubtree() {
    assertThat(new RuleConditions(2L, false, null, null, null).matches(PRINTER)).isFalse();
    assertThat(new RuleConditions(2L, true, null, null, null).matches(PRINTER)).isTrue();
    assertThat(new RuleConditions(6L, false, null, null, null).matches(PRINTER)).isTrue();
    assertThat(new RuleConditions(3L, true, null, null, null).matches(PRINTER)).isFalse();
  }

  @Test
  void keywordsMatchAnyOfThemIgnoringCase() {
    assertThat(
            new RuleConditions(
                    null, false, null, null, RuleConditions.keywordsOf("toner, error 50"))
                .matches(PRINTER))
        .isTrue();
    assertThat(
            new RuleConditions(null, false, null, null, RuleConditions.keywordsOf("vpn, outlook"))
                .matches(PRINTER))
        .isFalse();
    assertThat(
            new RuleConditions(null, false, null, null, RuleConditions.keywordsOf(" , "))
                .matches(PRINTER))
        .as("blank keywords are no condition")
        .isTrue();
  }

  @Test
  void vipAndChannelMustAgreeWhenGiven() {
    TicketFacts vipMail = new TicketFacts(null, Set.of(), "EMAIL", true, "Laptop broken");
    assertThat(new RuleConditions(null, false, null, true, null).matches(vipMail)).isTrue();
    assertThat(new RuleConditions(null, false, null, true, null).matches(PRINTER)).isFalse();
    assertThat(new RuleConditions(null, false, "email", null, null).matches(vipMail)).isTrue();
    assertThat(new RuleConditions(null, false, null, false, null).matches(PRINTER)).isTrue();
  }

  @Test
  void aRuleWithACategoryNeverMatchesATicketWithout() {
    TicketFacts none = new TicketFacts(null, Set.of(), "PORTAL", false, "Help");
    assertThat(new RuleConditions(7L, true, null, null, null).matches(none)).isFalse();
  }

  @Test
  void anOrganisationUnitMatchesItselfAndTheUnitsBelowIt() {
    // Requester in Finance (12) below Acme (10); another in Sales (20) of another company.
    TicketFacts finance =
        new TicketFacts(6L, Set.of(6L, 2L), "PORTAL", false, "Invoice", Set.of(12L, 10L));
    TicketFacts sales =
        new TicketFacts(6L, Set.of(6L, 2L), "PORTAL", false, "Invoice", Set.of(20L));
    TicketFacts nowhere = new TicketFacts(6L, Set.of(6L, 2L), "PORTAL", false, "Invoice");
    RuleConditions acme = new RuleConditions(null, false, null, null, List.of(), 10L);
    RuleConditions financeOnly = new RuleConditions(null, false, null, null, List.of(), 12L);

    assertThat(acme.matches(finance)).isTrue();
    assertThat(financeOnly.matches(finance)).isTrue();
    assertThat(acme.matches(sales)).isFalse();
    assertThat(acme.matches(nowhere)).isFalse();
    assertThat(any().matches(nowhere)).isTrue();
  }
}
