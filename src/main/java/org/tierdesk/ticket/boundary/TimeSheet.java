package org.tierdesk.ticket.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The time spent on one ticket: the total, the sum per agent, and one page of entries (oldest
 * first) out of {@code entryCount}.
 */
public record TimeSheet(
    long totalMinutes, List<AgentTotal> perAgent, List<TimeEntryView> entries, long entryCount)
    implements Serializable {

  public TimeSheet {
    perAgent = List.copyOf(perAgent);
    entries = List.copyOf(entries);
  }

  /** Minutes one agent spent on the ticket. */
  public record AgentTotal(String agent, String agentName, long minutes) implements Serializable {}
}
