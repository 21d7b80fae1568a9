package org.tierdesk.directory.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tierdesk.directory.entity.AccountSource;
import org.tierdesk.directory.entity.DirectoryAuditEntry;
import org.tierdesk.directory.entity.GroupRoleMapping;
import org.tierdesk.directory.entity.Role;
import org.tierdesk.platform.errors.AccessDenied;
import org.tierdesk.platform.errors.Conflict;
import org.tierdesk.platform.errors.Enums;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.NotFound;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.routing.boundary.SupportLines;

/**
 * The company directory as admins see it: group → role mappings (validated and audited), the people
 * list with where each account comes from, organisation units, and the directory sync. Admins only.
 */
@Stateless
public class DirectoryAdmin {

  static final int MAX_GROUP_NAME = 500;
  public static final int MAX_PAGE_SIZE = 200;
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;
  @Inject CurrentUser currentUser;
  @Inject People people;
  @Inject SupportLines lines;
  @Inject DirectorySync sync;
  @Inject LdapConnection ldap;
  @Resource SessionContext context;
  @Inject Clock clock;

  // Mappings

  public List<DirectoryViews.Mapping> mappings() {
    requireAdmin();
    return em
        .createNamedQuery(GroupRoleMapping.ALL, GroupRoleMapping.class)
        .getResultList()
        .stream()
        .map(DirectoryViews.Mapping::of)
        .toList();
  }

  public DirectoryViews.Mapping createMapping(DirectoryViews.MappingForm form) {
    requireAdmin();
    Valid valid = validate(form, null);
    GroupRoleMapping mapping =
        new GroupRoleMapping(valid.source, valid.groupName, valid.role, valid.lineCode);
    em.persist(mapping);
    em.flush();
    audit("mapping", String.valueOf(mapping.getId()), "CREATE", form);
    return DirectoryViews.Mapping.of(mapping);
  }

  public DirectoryViews.Mapping updateMapping(long id, DirectoryViews.MappingForm form) {
    requireAdmin();
    GroupRoleMapping mapping = mapping(id);
    if (form != null && form.version() != null && form.version() != mapping.getVersion()) {
      throw new Conflict("directory.mapping.stale", mapping.getGroupName());
    }
    Valid valid = validate(form, id);
    if (valid.source != mapping.getSource()) {
      throw new InvalidInput("source", "directory.mapping.sourceFixed");
    }
    mapping.change(valid.groupName, valid.role, valid.lineCode);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new Conflict("directory.mapping.stale", mapping.getGroupName());
    }
    audit("mapping", String.valueOf(id), "UPDATE", form);
    return DirectoryViews.Mapping.of(mapping);
  }

  public void deleteMapping(long id) {
    requireAdmin();
    GroupRoleMapping mapping = mapping(id);
    em.remove(mapping);
    audit("mapping", String.valueOf(id), "DELETE", DirectoryViews.Mapping.of(mapping));
  }

  private GroupRoleMapping mapping(long id) {
    GroupRoleMapping mapping = em.find(GroupRoleMapping.class, id);
    if (mapping == null) {
      throw new NotFound("directory.mapping.notFound", id);
    }
    return mapping;
  }

  private record Valid(AccountSource source, String groupName, Role role, String lineCode) {}

  private Valid validate(DirectoryViews.MappingForm form, Long id) {
    if (form == null) {
      throw new InvalidInput("groupName", "error.field.required");
    }
    AccountSource source = Enums.parse("source", AccountSource.class, form.source());
    if (source == null || source == AccountSource.LOCAL) {
      throw new InvalidInput("source", "directory.mapping.source");
    }
    String group = form.groupName() == null ? "" : form.groupName().strip();
    if (group.isEmpty()) {
      throw new InvalidInput("groupName", "error.field.required");
    }
    if (group.length() > MAX_GROUP_NAME) {
      throw new InvalidInput("groupName", "error.field.tooLong", MAX_GROUP_NAME);
    }
    Role role = Enums.parse("role", Role.class, form.role());
    if (role == null) {
      throw new InvalidInput("role", "error.field.required");
    }
    String line = form.lineCode() == null || form.lineCode().isBlank() ? null : form.lineCode();
    if (line != null && role != Role.AGENT) {
      throw new InvalidInput("lineCode", "directory.mapping.lineForAgentsOnly");
    }
    if (line != null) {
      line = lines.byCode("lineCode", line.strip()).getCode();
    }
    String lineCode = line;
    boolean duplicate =
        em
            .createNamedQuery(GroupRoleMapping.OF_SOURCE, GroupRoleMapping.class)
            .setParameter("source", source)
            .getResultList()
            .stream()
            .anyMatch(
                m ->
                    !m.getId().equals(id)
                        && m.getGroupName().equalsIgnoreCase(group)
                        && m.getRole() == role
                        && Objects.equals(m.getLineCode(), lineCode));
    if (duplicate) {
      throw new InvalidInput("groupName", "directory.mapping.duplicate", group);
    }
    return new Valid(source, group, role, lineCode);
  }

  // People and units

  /**
   * A page of people, sorted by name.
   *
   * @param name part of the user name or display name, or null
   * @param source LOCAL, LDAP or OIDC, or null for all
   * @param active true or false, or null for both
   */
  public Page<DirectoryViews.PersonRow> people(
      String name, String source, Boolean active, int page, int size) {
    requireAdmin();
    checkPaging(page, size);
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (name != null && !name.isBlank()) {
      where.append(
          " AND (LOWER(p.username) LIKE :name ESCAPE '\\' OR LOWER(p.displayName) LIKE :name"
              + " ESCAPE '\\')");
      parameters.put("name", "%" + escapeLike(name.strip().toLowerCase(Locale.ROOT)) + "%");
    }
    AccountSource from = Enums.parse("source", AccountSource.class, source);
    if (from != null) {
      where.append(" AND p.source = :source");
      parameters.put("source", from);
    }
    if (active != null) {
      where.append(" AND p.active = :active");
      parameters.put("active", active);
    }
    long total =
        bind(em.createQuery("SELECT COUNT(p) FROM Person p" + where, Long.class), parameters)
            .getSingleResult();
    if (total == 0) {
      return new Page<>(List.of(), 0);
    }
    List<Object[]> rows =
        bind(
                em.createQuery(
                    "SELECT p.id, p.username, p.displayName, p.email, p.source, u.name, p.title,"
                        + " m.displayName, p.syncedAt, p.active FROM Person p"
                        + " LEFT JOIN p.orgUnit u LEFT JOIN p.manager m"
                        + where
                        + " ORDER BY p.displayName, p.id",
                    Object[].class),
                parameters)
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    Map<Long, List<String>> roles = rolesOf(rows.stream().map(r -> (Long) r[0]).toList());
    List<DirectoryViews.PersonRow> items = new ArrayList<>();
    for (Object[] r : rows) {
      items.add(
          new DirectoryViews.PersonRow(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              ((AccountSource) r[4]).name(),
              (String) r[5],
              (String) r[6],
              (String) r[7],
              (Instant) r[8],
              (Boolean) r[9],
              roles.getOrDefault((Long) r[0], List.of())));
    }
    return new Page<>(items, total);
  }

  private Map<Long, List<String>> rolesOf(List<Long> ids) {
    Map<Long, List<String>> roles = new HashMap<>();
    if (ids.isEmpty()) {
      return roles;
    }
    for (Object[] row :
        em.createQuery(
                "SELECT p.id, r FROM Person p JOIN p.roles r WHERE p.id IN :ids ORDER BY r",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      roles.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(((Role) row[1]).name());
    }
    return roles;
  }

  /** A page of organisation units, sorted by name, with their head counts. */
  public Page<DirectoryViews.Unit> units(int page, int size) {
    requireAdmin();
    checkPaging(page, size);
    long total = em.createQuery("SELECT COUNT(u) FROM OrgUnit u", Long.class).getSingleResult();
    List<DirectoryViews.Unit> items =
        em
            .createQuery(
                "SELECT u.id, u.code, u.name, pa.name, u.source, u.active,"
                    + " (SELECT COUNT(p) FROM Person p WHERE p.orgUnit = u)"
                    + " FROM OrgUnit u LEFT JOIN u.parent pa ORDER BY u.name, u.id",
                Object[].class)
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList()
            .stream()
            .map(
                r ->
                    new DirectoryViews.Unit(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((AccountSource) r[4]).name(),
                        (Boolean) r[5],
                        ((Number) r[6]).longValue()))
            .toList();
    return new Page<>(items, total);
  }

  // Sync

  /** Starts a sync of the company directory in the background; see {@link #lastSync()}. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DirectoryViews.SyncReport startSync() {
    requireAdmin();
    String admin = currentUser.person().getUsername();
    long runId = sync.start(admin);
    recordSyncStart(runId);
    return sync.run(runId).map(DirectoryViews.SyncReport::of).orElseThrow();
  }

  private void recordSyncStart(long runId) {
    // Outside a transaction here: the audit row gets its own, through the container.
    self().audit("sync", String.valueOf(runId), "START", null);
  }

  public Optional<DirectoryViews.SyncReport> lastSync() {
    requireAdmin();
    return sync.latest().map(DirectoryViews.SyncReport::of);
  }

  public boolean isLdapConfigured() {
    return ldap.isConfigured();
  }

  // Audit

  public List<DirectoryViews.AuditEntry> audit(int max) {
    requireAdmin();
    return em
        .createNamedQuery(DirectoryAuditEntry.RECENT, DirectoryAuditEntry.class)
        .setMaxResults(Math.max(1, Math.min(max, 500)))
        .getResultList()
        .stream()
        .map(e -> DirectoryViews.AuditEntry.of(e, people.find(e.getActorId()).getUsername()))
        .toList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void audit(String subject, String key, String action, Object request) {
    em.persist(
        new DirectoryAuditEntry(
            currentUser.person().getId(),
            clock.instant(),
            subject,
            key,
            action,
            request == null ? null : JSON.toJson(request)));
  }

  private DirectoryAdmin self() {
    return context.getBusinessObject(DirectoryAdmin.class);
  }

  private void requireAdmin() {
    if (!currentUser.is(Role.ADMIN)) {
      throw new AccessDenied("directory.adminOnly");
    }
  }

  private static void checkPaging(int page, int size) {
    if (page < 0) {
      throw new InvalidInput("page", "error.field.notNegative");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInput("size", "error.field.range", 1, MAX_PAGE_SIZE);
    }
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
    parameters.forEach(query::setParameter);
    return query;
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
