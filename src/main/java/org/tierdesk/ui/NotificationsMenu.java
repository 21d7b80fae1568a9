package org.tierdesk.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tierdesk.notification.boundary.NotificationView;
import org.tierdesk.notification.boundary.Notifications;
import org.tierdesk.platform.errors.TierdeskException;

/**
 * The unread-notifications indicator of the top bar and its list; read once per request, in the
 * viewer's language.
 */
@Named("notificationsMenu")
@RequestScoped
public class NotificationsMenu {

  @Inject Notifications notifications;

  private List<NotificationView> unread;
  private Long count;

  public List<NotificationView> getUnread() {
    if (unread == null) {
      unread = notifications.unread(Messages.locale());
    }
    return unread;
  }

  /**
   * How many are unread (counted in the database, beyond the listed ones); once per request, as the
   * bell asks for it both to show it and to decide whether to show it.
   */
  public long getCount() {
    if (count == null) {
      count = notifications.unreadCount();
    }
    return count;
  }

  public void markRead(long id) {
    try {
      notifications.markRead(id);
    } catch (TierdeskException e) {
      Messages.error(e);
    }
    unread = null;
    count = null;
  }

  public void markAllRead() {
    getUnread().forEach(notification -> markRead(notification.id()));
    unread = null;
    count = null;
  }
}
