package org.tierdesk.sla.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tierdesk.directory.boundary.OrgUnits;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.platform.tree.Hierarchy;
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
  @Inject ConfigGeneration generation;

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

  /**
   * As {@link #matcher()}, built again only after the configuration changed (on any node): what a
   * ticket change reads. The policies' condition sets are all eager, so the matcher holds nothing
   * that would still read the database.
   */
  public PolicyMatcher currentMatcher() {
    return generation.derived("sla.matcher", this::matcher);
  }

  /**
   * Policy, calendar and assignment edits all ask for a recomputation of the open clocks, in their
   * transaction; that is also when every node must match with the new configuration.
   */
  void onEdited(@Observes RecomputeScope scope) {
    generation.changed();
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
