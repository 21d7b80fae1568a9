package org.tierdesk.ui;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ticket timelines read during one request, by ticket id.
 *
 * <p>A ticket page's view-scoped bean outlives its response: the session keeps the beans of its
 * last {@code com.sun.faces.numberOfActiveViewMaps} views for postbacks. A timeline held there
 * stayed in memory for every ticket an agent had opened (in the benchmark, 1,303 views of a ticket
 * with 200 entries held 260,600 timeline entries, most of the live heap), although only the
 * response that shows it needs it. The pages keep it here instead, for the length of the request.
 */
@RequestScoped
public class RequestTimelines {

  private final Map<Long, List<TimelineItem>> byTicket = new HashMap<>();

  /** The ticket's timeline read in this request, or read now. */
  List<TimelineItem> of(long ticketId, Supplier<List<TimelineItem>> read) {
    return byTicket.computeIfAbsent(ticketId, ticket -> read.get());
  }

  /** Keeps the timeline just read for the rest of the request. */
  void keep(long ticketId, List<TimelineItem> timeline) {
    byTicket.put(ticketId, timeline);
  }
}
