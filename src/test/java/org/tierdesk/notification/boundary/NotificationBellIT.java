package org.tierdesk.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.directory.entity.Person;

/**
 * The bell's count and list come from one read: the count is the list's length while the list is
 * not full, and counted in the database beyond it. Runs in the real WAR on Payara Micro
 * (Arquillian), against the database of the run (H2 or PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationBellIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("tierdesk.war")))
        .addClass(NotificationBellIT.class);
  }

  @Inject Notifications notifications;
  @Inject People people;
  @Inject CurrentUser currentUser;

  private Person reader;

  @BeforeEach
  void readAsLineThreeWithNothingUnread() {
    reader = people.existing("line3");
    currentUser.actAs(reader, true);
    markAllRead();
  }

  @AfterEach
  void leaveNothingUnread() {
    markAllRead();
  }

  @Test
  void aShortListIsItsOwnCountAndLaterOnesAreLeftOut() {
    send(3, null);
    send(1, Instant.now().plusSeconds(3600));

    Notifications.Bell bell = notifications.bell(Locale.ENGLISH);

    assertEquals(3, bell.count(), "the one due in an hour is not counted yet");
    assertEquals(3, bell.newest().size());
    assertEquals(notifications.unreadCount(), bell.count());
    assertEquals(notifications.unread(Locale.ENGLISH), bell.newest());
  }

  @Test
  void aFullListIsCountedInTheDatabase() {
    send(Notifications.MAX_LIST + 5, null);

    Notifications.Bell bell = notifications.bell(Locale.ENGLISH);

    assertEquals(Notifications.MAX_LIST + 5, bell.count());
    assertEquals(Notifications.MAX_LIST, bell.newest().size());
    assertTrue(
        bell.newest()
                .get(0)
                .createdAt()
                .compareTo(bell.newest().get(Notifications.MAX_LIST - 1).createdAt())
            >= 0,
        "newest first");
  }

  private void send(int count, Instant deliverAfter) {
    for (int i = 0; i < count; i++) {
      notifications.send(
          reader.getId(),
          null,
          "routing.notification.escalated",
          List.of("TD-" + i, "Bell test", "L3"),
          deliverAfter);
    }
  }

  private void markAllRead() {
    List<NotificationView> unread = notifications.unread(Locale.ENGLISH);
    while (!unread.isEmpty()) {
      unread.forEach(notification -> notifications.markRead(notification.id()));
      unread = notifications.unread(Locale.ENGLISH);
    }
  }
}
