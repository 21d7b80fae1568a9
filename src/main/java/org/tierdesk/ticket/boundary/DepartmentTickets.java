package org.tierdesk.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tierdesk.directory.entity.Person;

/**
 * Whether requesters also see (read-only, without internal notes) the tickets of requesters in
 * their own organisation unit: {@code tierdesk.portal.department-tickets} (env {@code
 * TIERDESK_PORTAL_DEPARTMENT_TICKETS}), off by default. The department is the unit the company
 * directory gives a person.
 */
@ApplicationScoped
public class DepartmentTickets {

  @Inject
  @ConfigProperty(name = "tierdesk.portal.department-tickets", defaultValue = "false")
  boolean configured;

  /** Set by the test-support endpoint only; null means "as configured". */
  private volatile Boolean override;

  public boolean enabled() {
    Boolean forced = override;
    return forced != null ? forced : configured;
  }

  /** The unit whose tickets this person may read, or null. */
  public Long departmentOf(Person person) {
    return enabled() ? person.getOrgUnitId() : null;
  }

  void override(Boolean enabled) {
    this.override = enabled;
  }
}
