package org.tierdesk.directory.boundary;

import org.tierdesk.directory.entity.OrgUnit;
import org.tierdesk.directory.entity.Person;

/**
 * Fired (in the transaction) when what other components may decide by about a person changed: their
 * organisation unit or VIP mark. SLA policies, for one, are chosen again for their open tickets.
 */
public record RequesterChanged(long personId, boolean vip, Long orgUnitId) {

  public static RequesterChanged of(Person person) {
    OrgUnit unit = person.getOrgUnit();
    return new RequesterChanged(person.getId(), person.isVip(), unit == null ? null : unit.getId());
  }
}
