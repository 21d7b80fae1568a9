package org.tierdesk.ticket.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.ticket.entity.TicketStatus.CLOSED;
import static org.tierdesk.ticket.entity.TicketStatus.IN_PROGRESS;
import static org.tierdesk.ticket.entity.TicketStatus.NEW;
import static org.tierdesk.ticket.entity.TicketStatus.REOPENED;
import static org.tierdesk.ticket.entity.TicketStatus.RESOLVED;
import static org.tierdesk.ticket.entity.TicketStatus.WAITING_FOR_DEVELOPMENT;
import static org.tierdesk.ticket.entity.TicketStatus.WAITING_FOR_REQUESTER;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The status workflow, every pair of statuses: what is allowed, what is refused, and to whom. */
class TicketStatusTest {

  /** The workflow as the issue states it, written out independently of the code. */
  private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED =
      Map.of(
          NEW, EnumSet.of(IN_PROGRESS, WAITING_FOR_REQUESTER, RESOLVED),
          IN_PROGRESS, EnumSet.of(WAITING_FOR_REQUESTER, RESOLVED),
          WAITING_FOR_REQUESTER, EnumSet.of(IN_PROGRESS, RESOLVED),
          RESOLVED, EnumSet.of(CLOSED, REOPENED),
          REOPENED, EnumSet.of(IN_PROGRESS, WAITING_FOR_REQUESTER, RESOLVED),
          CLOSED, EnumSet.noneOf(TicketStatus.class),
          // Entered only by linking an external defect (Ticket.awaitDevelopment), never by a move.
          WAITING_FOR_DEVELOPMENT, EnumSet.of(IN_PROGRESS, RESOLVED));

  static Stream<Arguments> everyPair() {
    return Stream.of(TicketStatus.values())
        .flatMap(from -> Stream.of(TicketStatus.values()).map(to -> Arguments.of(from, to)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPair")
  void allowsExactlyTheWorkflowMoves(TicketStatus from, TicketStatus to) {
    boolean allowed = ALLOWED.get(from).contains(to);

    assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(allowed);
    assertThat(from.next().contains(to)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "requester {0} -> {1}")
  @MethodSource("everyPair")
  void requesterOnlyConfirmsOrRejectsAResolution(TicketStatus from, TicketStatus to) {
    boolean allowed = from == RESOLVED && (to == CLOSED || to == REOPENED);

    assertThat(from.requesterMayMoveTo(to)).as("%s -> %s", from, to).isEqualTo(allowed);
  }

  @Test
  void requesterMovesAreWorkflowMoves() {
    everyPair()
        .map(Arguments::get)
        .filter(pair -> ((TicketStatus) pair[0]).requesterMayMoveTo((TicketStatus) pair[1]))
        .forEach(
            pair ->
                assertThat(((TicketStatus) pair[0]).canMoveTo((TicketStatus) pair[1])).isTrue());
  }

  @Test
  void noStatusMovesToItself() {
    for (TicketStatus status : TicketStatus.values()) {
      assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
    }
  }

  @Test
  void closedIsFinal() {
    assertThat(CLOSED.next()).isEmpty();
  }

  @Test
  void openStatusesAreThoseWithWorkLeft() {
    assertThat(TicketStatus.OPEN)
        .containsExactlyInAnyOrder(
            NEW, IN_PROGRESS, WAITING_FOR_REQUESTER, REOPENED, WAITING_FOR_DEVELOPMENT);
    assertThat(RESOLVED.isOpen()).isFalse();
    assertThat(CLOSED.isOpen()).isFalse();
    assertThat(REOPENED.isOpen()).isTrue();
  }

  @Test
  void nextIsACopyCallersCannotCorrupt() {
    Set<TicketStatus> next = NEW.next();
    next.clear();

    assertThat(NEW.canMoveTo(IN_PROGRESS)).isTrue();
  }
}
