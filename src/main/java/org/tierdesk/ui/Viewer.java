package org.tierdesk.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.ticket.boundary.Tickets;

/**
 * The person looking at the screen, as the views need them: name, console, and how to show times
 * and sizes to them.
 */
@Named
@RequestScoped
public class Viewer {

  @Inject CurrentUser currentUser;
  @Inject Tickets tickets;

  public boolean isLoggedIn() {
    return currentUser.isLoggedIn();
  }

  public boolean isSupport() {
    return currentUser.isSupport();
  }

  /** Whether the admin console is open to the viewer. */
  public boolean isAdmin() {
    return currentUser.isLoggedIn() && currentUser.is(Role.ADMIN);
  }

  public String getUsername() {
    return isLoggedIn() ? person().getUsername() : "";
  }

  public String getDisplayName() {
    return isLoggedIn() ? person().getDisplayName() : "";
  }

  public ZoneId getZone() {
    return isLoggedIn() ? InstantFormat.zoneOf(person().getTimeZone()) : ZoneOffset.UTC;
  }

  /** Date and time in the viewer's language and time zone. */
  public String dateTime(Instant instant) {
    return InstantFormat.dateTime(instant, Messages.locale(), getZone());
  }

  /** Date and time in a compact form, for table columns. */
  public String shortDateTime(Instant instant) {
    return InstantFormat.shortDateTime(instant, Messages.locale(), getZone());
  }

  /** A file size as people read it: 512 B, 40 KB, 3.5 MB. */
  public String size(long bytes) {
    return FileSizes.of(bytes);
  }

  /** The largest file that can be attached, as people read it. */
  public String getAttachmentLimit() {
    return FileSizes.of(tickets.maxAttachmentBytes());
  }

  private Person person() {
    return currentUser.person();
  }
}
