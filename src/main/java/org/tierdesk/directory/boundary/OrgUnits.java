package org.tierdesk.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.OrgUnit;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.errors.InvalidInput;

/** The organisation units (organisations and departments) as other components need them. */
@Stateless
public class OrgUnits {

  @PersistenceContext EntityManager em;
  @Inject People people;

  public List<OrgUnit> all() {
    return em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList();
  }

  public Optional<OrgUnit> byCode(String code) {
    return em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
        .setParameter("code", code == null ? "" : code.strip())
        .getResultStream()
        .findFirst();
  }

  /** The unit of a code an admin typed; an unknown code is an error on that field. */
  public OrgUnit existing(String field, String code) {
    return byCode(code).orElseThrow(() -> new InvalidInput(field, "orgUnit.unknown", code));
  }

  /** Creates a local unit (set-up, demo data); the directory sync creates its own. */
  public OrgUnit createLocal(String code, String name, String parentCode) {
    OrgUnit parent = parentCode == null ? null : existing("parent", parentCode);
    OrgUnit unit = new OrgUnit(code, name, parent, AccountSource.LOCAL);
    em.persist(unit);
    em.flush();
    return unit;
  }

  /** Places a person in a unit and names their manager (set-up of local accounts, demo data). */
  public void place(String username, String unitCode, String managerUsername) {
    Person person = people.existing(username);
    person.placeIn(unitCode == null ? null : existing("orgUnit", unitCode));
    person.reportTo(managerUsername == null ? null : people.existing(managerUsername));
  }
}
