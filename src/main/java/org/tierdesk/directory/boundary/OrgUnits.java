package org.tierdesk.directory.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.OrgUnit;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.platform.errors.InvalidInput;

/** The organisation units (organisations and departments) as other components need them. */
@Stateless
public class OrgUnits {

  @PersistenceContext EntityManager em;
  @Inject People people;
  @Inject Event<RequesterChanged> requesterChanged;
  @Resource SessionContext context;
  @Inject ConfigGeneration generation;

  public List<OrgUnit> all() {
    return em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList();
  }

  /** Each unit's id with its parent's id (null at the top), for matching "this unit or below". */
  public Map<Long, Long> parentLinks() {
    Map<Long, Long> parents = new HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT u.id, p.id FROM OrgUnit u LEFT JOIN u.parent p", Object[].class)
            .getResultList()) {
      parents.put((Long) row[0], (Long) row[1]);
    }
    return parents;
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

  /** Creates a unit kept by hand (not by the directory), below {@code parentCode} if given. */
  public OrgUnit create(String code, String name, String parentCode) {
    if (code == null || code.isBlank() || code.length() > 200) {
      throw new InvalidInput("code", "orgUnit.code.invalid");
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new InvalidInput("name", "orgUnit.name.invalid");
    }
    if (byCode(code).isPresent()) {
      throw new InvalidInput("code", "orgUnit.code.taken", code);
    }
    OrgUnit parent =
        parentCode == null || parentCode.isBlank() ? null : existing("parent", parentCode);
    OrgUnit unit = new OrgUnit(code.strip(), name.strip(), parent, AccountSource.LOCAL);
    em.persist(unit);
    // The unit tree is part of what SLA matching keeps per node.
    generation.changed();
    return unit;
  }

  /**
   * Creates a unit the directory names unless it exists, in a transaction of its own that commits
   * before the caller goes on; losing a race with another node or request for the same code is not
   * an error (the caller reads the winner's unit).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createIfAbsent(String code, String name, AccountSource source) {
    if (byCode(code).isPresent()) {
      return;
    }
    try {
      em.persist(new OrgUnit(code, name, null, source));
      generation.changed();
      em.flush();
    } catch (PersistenceException raceLost) {
      context.setRollbackOnly();
    }
  }

  /** Creates a local unit (set-up, demo data); the directory sync creates its own. */
  public OrgUnit createLocal(String code, String name, String parentCode) {
    OrgUnit unit = create(code, name, parentCode);
    em.flush();
    return unit;
  }

  /** Places a person in a unit (null: none), as an admin does for local accounts. */
  public Person place(String username, String unitCode) {
    Person person = people.existing(username);
    person.placeIn(unitCode == null || unitCode.isBlank() ? null : existing("unit", unitCode));
    requesterChanged.fire(RequesterChanged.of(person));
    return person;
  }

  /** Places a person in a unit and names their manager (set-up of local accounts, demo data). */
  public void place(String username, String unitCode, String managerUsername) {
    Person person = place(username, unitCode);
    person.reportTo(managerUsername == null ? null : people.existing(managerUsername));
  }
}
