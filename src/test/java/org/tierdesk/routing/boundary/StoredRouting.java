package org.tierdesk.routing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.routing.entity.SupportLine;

/**
 * Reads support lines as the application does, and changes their rows as another node of a cluster
 * would (committed, but not through this node's JPA), for the in-container {@link
 * ConfigurationCacheIT}. Every method runs in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StoredRouting {

  @PersistenceContext EntityManager em;
  @Inject ConfigGeneration generation;

  /** The id of the first line (the lowest tier). */
  public long firstLineId() {
    return em.createNamedQuery(SupportLine.ALL, SupportLine.class)
        .setMaxResults(1)
        .getSingleResult()
        .getId();
  }

  public long personId(String username) {
    return em.createQuery("SELECT p.id FROM Person p WHERE p.username = :username", Long.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  /** A line looked up by id (the shared cache may answer), as ticket creation does. */
  public String description(long lineId) {
    return em.find(SupportLine.class, lineId).getDescription();
  }

  /** As {@link #description}, in a transaction that first reads the configuration generation. */
  public String descriptionAfterTheGeneration(long lineId) {
    generation.current();
    return description(lineId);
  }

  /** Every line's description, by a query (which goes to the database). */
  public List<String> descriptionsByQuery() {
    return em.createNamedQuery(SupportLine.ALL, SupportLine.class).getResultList().stream()
        .map(SupportLine::getDescription)
        .toList();
  }

  /** The user names of a line's members, through the line looked up by id. */
  public Set<String> members(long lineId) {
    return em.find(SupportLine.class, lineId).getMembers().stream()
        .map(Person::getUsername)
        .collect(Collectors.toSet());
  }

  /** Changes a line's description elsewhere; {@code announce} moves the generation as well. */
  public void describeElsewhere(long lineId, String description, boolean announce) {
    em.createNativeQuery(
            "UPDATE support_line SET description = ?1, version = version + 1 WHERE id = ?2")
        .setParameter(1, description)
        .setParameter(2, lineId)
        .executeUpdate();
    if (announce) {
      em.createNativeQuery("UPDATE config_generation SET generation = generation + 1 WHERE id = 1")
          .executeUpdate();
    }
  }

  /** Changes a line's description elsewhere as a hand-made fix would: no new version either. */
  public void describeBehindJpa(long lineId, String description) {
    em.createNativeQuery("UPDATE support_line SET description = ?1 WHERE id = ?2")
        .setParameter(1, description)
        .setParameter(2, lineId)
        .executeUpdate();
  }

  public void addMemberElsewhere(long lineId, long personId) {
    em.createNativeQuery("INSERT INTO support_line_member (line_id, person_id) VALUES (?1, ?2)")
        .setParameter(1, lineId)
        .setParameter(2, personId)
        .executeUpdate();
  }

  public void removeMemberElsewhere(long lineId, long personId) {
    em.createNativeQuery("DELETE FROM support_line_member WHERE line_id = ?1 AND person_id = ?2")
        .setParameter(1, lineId)
        .setParameter(2, personId)
        .executeUpdate();
  }
}
