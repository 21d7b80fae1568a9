package org.tierdesk.macro.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MacroPlanTest {

  private static final MacroPlan.TicketState NEW_TICKET =
      new MacroPlan.TicketState("NEW", "NORMAL", null, "SERVICE_DESK", List.of("vpn"));

  private static MacroDefinition macro(
      String reply, String status, String priority, String agent, String queue) {
    return new MacroDefinition(
        reply, false, status, priority, agent, queue, List.of("waiting", "vpn"), List.of("new"));
  }

  @Test
  void replyComesFirstAndStatusLastWithEverythingElseInBetween() {
    List<MacroPlan.Step> steps =
        MacroPlan.plan(macro("Hello", "RESOLVED", "HIGH", "line1", "ESCALATIONS"), NEW_TICKET);

    assertThat(steps)
        .containsExactly(
            new MacroPlan.Reply("Hello", false),
            new MacroPlan.Tags(List.of("waiting"), List.of()),
            new MacroPlan.Priority("HIGH"),
            new MacroPlan.Assign("line1", "ESCALATIONS"),
            new MacroPlan.Status("RESOLVED"));
  }

  @Test
  void actionsThatChangeNothingAreLeftOut() {
    MacroPlan.TicketState done =
        new MacroPlan.TicketState(
            "RESOLVED", "HIGH", "line1", "SERVICE_DESK", List.of("vpn", "waiting"));

    List<MacroPlan.Step> steps =
        MacroPlan.plan(macro(null, "RESOLVED", "HIGH", "line1", "SERVICE_DESK"), done);

    assertThat(steps).isEmpty();
  }

  @Test
  void aQueueAlreadyInPlaceIsNotSentAgainSoTheAssigneeIsNotDropped() {
    List<MacroPlan.Step> steps =
        MacroPlan.plan(macro(null, null, null, "line1", "SERVICE_DESK"), NEW_TICKET);

    assertThat(steps).contains(new MacroPlan.Assign("line1", null));
  }

  @Test
  void aNewQueueKeepsTheNamedAgent() {
    MacroPlan.TicketState mine =
        new MacroPlan.TicketState("IN_PROGRESS", "NORMAL", "line1", "SERVICE_DESK", List.of());

    assertThat(MacroPlan.plan(macro(null, null, null, "line1", "OTHER"), mine))
        .contains(new MacroPlan.Assign("line1", "OTHER"));
  }

  @Test
  void tagsAreRemovedOnlyWhenPresentAndNeverBothAddedAndRemoved() {
    MacroDefinition definition =
        new MacroDefinition(
            null, false, null, null, null, null, List.of("vip"), List.of("vip", "vpn", "other"));

    assertThat(MacroPlan.plan(definition, NEW_TICKET))
        .containsExactly(new MacroPlan.Tags(List.of("vip"), List.of("vpn")));
  }

  @Test
  void anInternalReplyStaysInternalAndIsTrimmed() {
    MacroDefinition note =
        new MacroDefinition("  Checked logs \n", true, null, null, null, null, null, null);

    assertThat(MacroPlan.plan(note, NEW_TICKET))
        .containsExactly(new MacroPlan.Reply("Checked logs", true));
  }

  @Test
  void aMacroWithoutActionsIsRefused() {
    MacroDefinition empty = new MacroDefinition(" ", false, "", null, null, null, null, null);

    assertThat(empty.isEmpty()).isTrue();
    assertThatThrownBy(() -> MacroPlan.plan(empty, NEW_TICKET))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
