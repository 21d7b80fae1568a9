package org.tierdesk.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.boundary.OrgUnits;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.routing.boundary.Routing;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.ticket.boundary.TicketDraft;
import org.tierdesk.ticket.boundary.TicketView;
import org.tierdesk.ticket.boundary.Tickets;

/** The demo data itself, written through the components' boundaries like any other change. */
@Stateless
@ActivateRequestContext
public class DemoSeeder {

  static final String FACT = "demo-data";

  @PersistenceContext EntityManager em;
  @Inject People people;
  @Inject OrgUnits orgUnits;
  @Inject SupportLines lines;
  @Inject Routing routing;
  @Inject Tickets tickets;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  public boolean alreadyLoaded() {
    return ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM installation_fact WHERE name = ?1")
                    .setParameter(1, FACT)
                    .getSingleResult())
            .longValue()
        > 0;
  }

  public void accounts() {
    account("employee", "Elena Employee", Role.REQUESTER);
    lines.addMember("L1", account("line1", "Lev Line-One", Role.AGENT));
    Person lineTwo = account("line2", "Lara Line-Two", Role.AGENT);
    lines.addMember("L2", lineTwo);
    // Lara leads the first two lines: SLA warnings and breaches there reach her.
    lines.addLead("L1", lineTwo);
    lines.addLead("L2", lineTwo);
    lines.addMember("L3", account("line3", "Luka Line-Three", Role.AGENT));
    // Each line's agents work in its queue, up to ten open tickets each.
    routing.addQueueMember("SERVICE_DESK", people.existing("line1"));
    routing.addQueueMember("SPECIALISTS", lineTwo);
    routing.addQueueMember("ENGINEERING", people.existing("line3"));
    account("admin", "Ada Admin", Role.ADMIN);
    // The requesters' organisation (intake rules may route by unit), and who leads the leads:
    // Ada heads support, so stuck tickets and breaches reach her after Lara.
    orgUnits.createLocal("ACME", "Acme Corporation", null);
    orgUnits.createLocal("FINANCE", "Finance", "ACME");
    orgUnits.place("employee", "FINANCE", null);
    orgUnits.place("line2", null, "admin");
  }

  public void tickets() {
    Person employee = people.existing("employee");
    currentUser.actAs(employee, false);
    tickets.open(
        new TicketDraft(
            "VPN disconnects every few minutes",
            "Since this morning the VPN client drops the connection every 5-10 minutes.",
            "NETWORK",
            "HIGH",
            "PORTAL",
            null,
            new TicketDraft.Environment("Windows 11 23H2", null, "Cisco AnyConnect", "4.10")));
    TicketView printer =
        tickets.open(
            new TicketDraft(
                "Printer on floor 3 prints blank pages",
                "The printer near room 312 prints blank pages since yesterday.",
                "PRINTING",
                "NORMAL",
                "PORTAL",
                null,
                null));
    Person line1 = people.existing("line1");
    currentUser.actAs(line1, true);
    tickets.take(printer.id(), null);
    tickets.reply(
        printer.id(),
        "Thanks, we are looking at it. Could you tell us the printer's asset number?",
        false,
        null);
  }

  public void markLoaded() {
    em.createNativeQuery(
            "INSERT INTO installation_fact (name, fact_value, created_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, FACT)
        .setParameter(2, "loaded")
        .setParameter(
            3, Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
        .executeUpdate();
  }

  private Person account(String username, String name, Role role) {
    return people.createLocal(
        username, name, username + "@example.com", username.toCharArray(), Set.of(role));
  }
}
