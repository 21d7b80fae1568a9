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

  private Notifications.Bell bell;

  /** The newest unread notifications (the bell's list). */
  public List<NotificationView> getUnread() {
    return bell().newest();
  }

  /**
   * How many are unread (counted in the database when there are more than the list holds); read
   * with the list, once per request, as the bell asks for it both to show it and to decide whether
   * to show it.
   */
  public long getCount() {
    return bell().count();
  }

  private Notifications.Bell bell() {
    if (bell == null) {
      bell = notifications.bell(Messages.locale());
    }
    return bell;
  }

  public void markRead(long id) {
    try {
      notifications.markRead(id);
    } catch (TierdeskException e) {
      Messages.error(e);
    }
    bell = null;
  }

  public void markAllRead() {
    getUnread().forEach(notification -> markRead(notification.id()));
    bell = null;
  }
}
