package org.tierdesk.routing.control;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** First match wins: the position of the first rule (in rank order) whose conditions hold. */
public final class RuleMatcher {

  private RuleMatcher() {}

  public static OptionalInt firstMatch(
      List<RuleConditions> ordered, RuleConditions.TicketFacts facts) {
    return IntStream.range(0, ordered.size())
        .filter(i -> ordered.get(i).matches(facts))
        .findFirst();
  }
}
