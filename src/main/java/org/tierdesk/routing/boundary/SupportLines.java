package org.tierdesk.routing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.cache.ConfigGeneration;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.routing.entity.SupportQueue;

/** The configured support lines and categories, as the other components need them. */
@Stateless
public class SupportLines {

  @PersistenceContext EntityManager em;
  @Inject LinesOfThisRequest linesOfThisRequest;
  @Inject ConfigGeneration generation;

  public List<SupportLine> all() {
    return em.createNamedQuery(SupportLine.ALL, SupportLine.class).getResultList();
  }

  /**
   * The lines, queues and active categories by code and name, kept per node until the configuration
   * changes (every routing edit is audited, and the audit moves the generation): what every agent
   * page's filters, labels and dialogs show, for one look-up of the generation instead of three
   * queries and their entities.
   */
  public Catalog catalog() {
    return generation.derived("routing.catalog", this::readCatalog);
  }

  private Catalog readCatalog() {
    return new Catalog(
        all().stream().map(Catalog.LineEntry::of).toList(),
        em.createNamedQuery(SupportQueue.ALL, SupportQueue.class).getResultList().stream()
            .map(Catalog.QueueEntry::of)
            .toList(),
        categories().stream().map(Catalog.CategoryEntry::of).toList());
  }

  /** The line that receives new tickets: the one with the lowest tier. */
  public SupportLine first() {
    return all().stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No support line is configured"));
  }

  public SupportLine byCode(String field, String code) {
    return all().stream()
        .filter(l -> l.getCode().equalsIgnoreCase(code))
        .findFirst()
        .orElseThrow(() -> new InvalidInput(field, "line.unknown", code));
  }

  public void addMember(String lineCode, Person person) {
    SupportLine line = byCode("line", lineCode);
    line.addMember(em.merge(person));
    LinesOfThisRequest.forget(linesOfThisRequest);
  }

  /** Makes the person a lead of the line (SLA notifications go to leads). */
  public void addLead(String lineCode, Person person) {
    SupportLine line = byCode("line", lineCode);
    line.addLead(em.merge(person));
    LinesOfThisRequest.forget(linesOfThisRequest);
  }

  /**
   * The ids of the lines whose tickets a person works on or oversees: as member or as lead. Looked
   * up once per request (every ticket boundary call of a page asks).
   */
  public Set<Long> lineIdsOfMemberOrLead(long personId) {
    return LinesOfThisRequest.cached(
        linesOfThisRequest,
        LinesOfThisRequest.Question.MEMBER_OR_LEAD,
        personId,
        () -> lookUpLineIdsOfMemberOrLead(personId));
  }

  /** The ids of the lines a person works in (as member), once per request. */
  public List<Long> lineIdsOf(long personId) {
    return LinesOfThisRequest.cached(
        linesOfThisRequest,
        LinesOfThisRequest.Question.MEMBER,
        personId,
        () -> linesOf(personId).stream().map(SupportLine::getId).toList());
  }

  private Set<Long> lookUpLineIdsOfMemberOrLead(long personId) {
    // Through the request's memory: most pages also ask for the member lines alone.
    Set<Long> ids = new HashSet<>(lineIdsOf(personId));
    em.createNamedQuery(SupportLine.OF_LEAD, SupportLine.class)
        .setParameter("personId", personId)
        .getResultList()
        .forEach(line -> ids.add(line.getId()));
    return Set.copyOf(ids);
  }

  /**
   * Everyone who works in a support line (or in the line given by code, when not null): user name
   * to display name, in one query that reads no person entities (loading them would read each one's
   * roles too).
   */
  public Map<String, String> memberNames(String lineCode) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT DISTINCT m.username, m.displayName FROM SupportLine l JOIN l.members m"
                + (lineCode == null ? "" : " WHERE l.code = :code"),
            Object[].class);
    if (lineCode != null) {
      query.setParameter("code", lineCode);
    }
    Map<String, String> names = new TreeMap<>();
    query.getResultList().forEach(row -> names.put((String) row[0], (String) row[1]));
    return names;
  }

  public List<SupportLine> linesOf(long personId) {
    return em.createNamedQuery(SupportLine.OF_MEMBER, SupportLine.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  public List<Category> categories() {
    return em.createNamedQuery(Category.ACTIVE, Category.class).getResultList();
  }

  /**
   * The active category with this code, found through the {@link #catalog()} and read by primary
   * key (every ticket creation with a category asks); an unknown code is an error on {@code field}.
   */
  public Category categoryByCode(String field, String code) {
    return catalog()
        .category(code)
        .map(entry -> em.find(Category.class, entry.id()))
        .filter(Category::isActive)
        .orElseThrow(() -> new InvalidInput(field, "category.unknown", code));
  }
}
