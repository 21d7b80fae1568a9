package org.tierdesk.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.notification.entity.Notification;
import org.tierdesk.platform.errors.NotFound;

/** Sending notifications (server components) and reading one's own (everyone). */
@Stateless
public class Notifications {

  /** The most notifications one list returns; older unread ones follow once these are read. */
  public static final int MAX_LIST = 100;

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /**
   * Stores a notification for a person, in the caller's transaction.
   *
   * @param messageKey a key of the messages bundle; the arguments fill its placeholders
   * @param deliverAfter when it may be shown; null for now
   */
  public long send(
      long recipientId,
      Long ticketId,
      String messageKey,
      List<String> arguments,
      Instant deliverAfter) {
    Notification notification =
        new Notification(
            recipientId, ticketId, messageKey, arguments, clock.instant(), deliverAfter);
    em.persist(notification);
    em.flush();
    return notification.getId();
  }

  /** The caller's unread notifications that are due, newest first, in the given language. */
  public List<NotificationView> unread(Locale locale) {
    return em
        .createNamedQuery(Notification.UNREAD_OF, Notification.class)
        .setParameter("recipientId", currentUser.person().getId())
        .setParameter("now", clock.instant())
        .setMaxResults(MAX_LIST)
        .getResultList()
        .stream()
        .map(notification -> NotificationView.of(notification, locale))
        .toList();
  }

  public long unreadCount() {
    return em.createNamedQuery(Notification.COUNT_UNREAD_OF, Long.class)
        .setParameter("recipientId", currentUser.person().getId())
        .setParameter("now", clock.instant())
        .getSingleResult();
  }

  /**
   * What the top bar's bell shows, in one transaction: how many of the caller's notifications are
   * unread and due, and the newest {@link #MAX_LIST} of them. The count is that of the list unless
   * the list is full; only then is it counted in the database.
   */
  public Bell bell(Locale locale) {
    List<NotificationView> newest = unread(locale);
    long count = newest.size() < MAX_LIST ? newest.size() : unreadCount();
    return new Bell(count, newest);
  }

  /** The bell's count and the newest unread notifications it lists. */
  public record Bell(long count, List<NotificationView> newest) implements Serializable {

    public Bell {
      newest = List.copyOf(newest);
    }
  }

  /** Marks one of the caller's notifications read; someone else's is not found. */
  public void markRead(long id) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null
        || notification.getRecipientId() != currentUser.person().getId().longValue()) {
      throw new NotFound("notification.notFound", id);
    }
    notification.markRead(clock.instant());
  }
}
