package org.tierdesk.ticket.boundary;

import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.ticket.entity.Tag;
import org.tierdesk.ticket.entity.Ticket;

/**
 * Tags on tickets, set and removed by support; each change is a history entry. Tags are normalised
 * (see {@link Tag}) so that one topic has one tag.
 */
@Stateless
public class TicketTags extends TicketWork {

  /** Adds and removes tags in one change; returns the ticket's tags afterwards. */
  public List<String> change(
      long id, Collection<String> add, Collection<String> remove, Long expectedVersion) {
    Ticket ticket = supportTicket(id, expectedVersion);
    Person actor = currentUser.person();
    Instant now = clock.instant();
    for (String tag : normalised("remove", remove)) {
      ticket.removeTag(tag, actor, now);
    }
    for (String tag : normalised("add", add)) {
      ticket.addTag(tag, actor, now);
    }
    save(ticket);
    return ticket.getTags();
  }

  /** Gives the ticket exactly these tags. */
  public List<String> replace(long id, Collection<String> tags, Long expectedVersion) {
    Ticket ticket = supportTicket(id, expectedVersion);
    Set<String> wanted = normalised("tags", tags);
    List<String> remove = ticket.getTags().stream().filter(t -> !wanted.contains(t)).toList();
    Person actor = currentUser.person();
    Instant now = clock.instant();
    remove.forEach(tag -> ticket.removeTag(tag, actor, now));
    wanted.forEach(tag -> ticket.addTag(tag, actor, now));
    save(ticket);
    return ticket.getTags();
  }

  public List<String> of(long id) {
    return supportTicket(id, null).getTags();
  }

  private static Set<String> normalised(String field, Collection<String> given) {
    Set<String> tags = new LinkedHashSet<>();
    if (given != null) {
      given.forEach(tag -> tags.add(Tag.normalise(field, tag)));
    }
    return tags;
  }
}
