package org.tierdesk.sla.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.AccessDenied;

/** Who may do what with SLA settings: admins edit, support reads. */
@RequestScoped
class SlaAccess {

  @Inject CurrentUser currentUser;

  public void requireAdmin() {
    if (!currentUser.is(Role.ADMIN)) {
      throw new AccessDenied("sla.adminOnly");
    }
  }

  public void requireSupport() {
    if (!currentUser.isSupport()) {
      throw new AccessDenied("error.supportOnly");
    }
  }
}
