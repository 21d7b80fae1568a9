package org.tierdesk.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.directory.boundary.OrgUnits;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.sla.entity.SlaPolicy;

/** The live policies in rank order, read with their condition sets in a handful of queries. */
@ApplicationScoped
public class PolicyCatalog {

  /** EclipseLink reads each condition set of all policies in one IN query instead of one each. */
  private static final String[] CONDITION_SETS = {
    "p.priorities",
    "p.categoryIds",
    "p.lineIds",
    "p.orgUnitIds",
    "p.channels",
    "p.pauseStatuses",
    "p.firstResponseBy",
    "p.warningActions",
    "p.breachActions"
  };

  @PersistenceContext EntityManager em;
  @Inject SupportLines lines;
  @Inject OrgUnits units;

  public List<SlaPolicy> ranked() {
    TypedQuery<SlaPolicy> query = em.createNamedQuery(SlaPolicy.RANKED, SlaPolicy.class);
    query.setHint("eclipselink.batch.type", "IN");
    for (String set : CONDITION_SETS) {
      query.setHint("eclipselink.batch", set);
    }
    return query.getResultList();
  }

  /** A matcher over the live policies and the current category and organisation trees. */
  public PolicyMatcher matcher() {
    return new PolicyMatcher(ranked(), categoryTree(), new Hierarchy(units.parentLinks()));
  }

  public Hierarchy categoryTree() {
    Map<Long, Long> parents = new HashMap<>();
    for (Category category : lines.categories()) {
      parents.put(
          category.getId(), category.getParent() == null ? null : category.getParent().getId());
    }
    return new Hierarchy(parents);
  }
}
