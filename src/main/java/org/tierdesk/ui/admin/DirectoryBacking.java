package org.tierdesk.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.tierdesk.directory.boundary.DirectoryAdmin;
import org.tierdesk.directory.boundary.DirectoryViews;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.platform.persistence.Page;
import org.tierdesk.ui.Messages;
import org.tierdesk.ui.ResponseRowsModel;

/**
 * {@code /admin/directory.xhtml}: the company directory — the last sync and "synchronise now",
 * group → role mappings, the people list (where each account comes from) and organisation units.
 */
@Named("directoryAdmin")
@ViewScoped
public class DirectoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DirectoryAdmin admin;

  private DirectoryViews.SyncReport lastSync;
  private boolean ldapConfigured;
  private List<DirectoryViews.Mapping> mappings = List.of();

  private boolean editing;
  private DirectoryViews.Mapping selected;
  private String source = "LDAP";
  private String groupName;
  private String role = "AGENT";
  private String lineCode;

  private String nameFilter;
  private String sourceFilter;
  private String activeFilter;

  private final People people = new People();
  private final Units units = new Units();

  @PostConstruct
  void init() {
    ldapConfigured = admin.isLdapConfigured();
    refresh();
  }

  private void refresh() {
    lastSync = admin.lastSync().orElse(null);
    mappings = admin.mappings();
  }

  // Sync

  public void synchronise() {
    try {
      lastSync = admin.startSync();
      Messages.info("ui.directory.sync.started");
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  /** Polled while a sync runs. */
  public void refreshSync() {
    lastSync = admin.lastSync().orElse(null);
  }

  public boolean isSyncRunning() {
    return lastSync != null && lastSync.running();
  }

  // Mappings

  public void startNew() {
    selected = null;
    editing = true;
    source = "LDAP";
    groupName = null;
    role = "AGENT";
    lineCode = null;
  }

  public void edit(DirectoryViews.Mapping mapping) {
    selected = mapping;
    editing = true;
    source = mapping.source();
    groupName = mapping.groupName();
    role = mapping.role();
    lineCode = mapping.lineCode();
  }

  public void cancel() {
    editing = false;
    selected = null;
  }

  public void save() {
    try {
      DirectoryViews.MappingForm form =
          new DirectoryViews.MappingForm(
              source,
              groupName,
              role,
              isAgentRole() ? lineCode : null,
              selected == null ? null : selected.version());
      DirectoryViews.Mapping saved =
          selected == null ? admin.createMapping(form) : admin.updateMapping(selected.id(), form);
      Messages.info("ui.directory.mapping.saved", saved.groupName());
      editing = false;
      selected = null;
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public void delete() {
    try {
      admin.deleteMapping(selected.id());
      Messages.info("ui.directory.mapping.deleted", selected.groupName());
      editing = false;
      selected = null;
      refresh();
    } catch (TierdeskException e) {
      Messages.error(e);
    }
  }

  public boolean isAgentRole() {
    return "AGENT".equals(role);
  }

  // People and units

  public void filterPeople() {
    // The lazy model reads the filters on its next load.
  }

  /** The people table: one page at a time, filtered and sorted in the database. */
  public class People extends ResponseRowsModel<DirectoryViews.PersonRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) page(0, 1).total();
    }

    @Override
    public List<DirectoryViews.PersonRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, DirectoryAdmin.MAX_PAGE_SIZE));
      Page<DirectoryViews.PersonRow> page = page(first / size, size);
      setRowCount((int) page.total());
      return page.items();
    }

    private Page<DirectoryViews.PersonRow> page(int page, int size) {
      Boolean active =
          activeFilter == null || activeFilter.isBlank() ? null : Boolean.valueOf(activeFilter);
      try {
        return admin.people(nameFilter, sourceFilter, active, page, size);
      } catch (TierdeskException e) {
        Messages.error(e);
        return new Page<>(List.of(), 0);
      }
    }

    @Override
    public String getRowKey(DirectoryViews.PersonRow row) {
      return String.valueOf(row.id());
    }

    @Override
    public DirectoryViews.PersonRow getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(row -> getRowKey(row).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }

  /** The organisation units table, paged in the database. */
  public class Units extends ResponseRowsModel<DirectoryViews.Unit> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) admin.units(0, 1).total();
    }

    @Override
    public List<DirectoryViews.Unit> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, DirectoryAdmin.MAX_PAGE_SIZE));
      Page<DirectoryViews.Unit> page = admin.units(first / size, size);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(DirectoryViews.Unit row) {
      return String.valueOf(row.id());
    }

    @Override
    public DirectoryViews.Unit getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(row -> getRowKey(row).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }

  // Getters and setters

  public DirectoryViews.SyncReport getLastSync() {
    return lastSync;
  }

  public boolean isLdapConfigured() {
    return ldapConfigured;
  }

  public List<DirectoryViews.Mapping> getMappings() {
    return mappings;
  }

  public boolean isEditing() {
    return editing;
  }

  public DirectoryViews.Mapping getSelected() {
    return selected;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getGroupName() {
    return groupName;
  }

  public void setGroupName(String groupName) {
    this.groupName = groupName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getLineCode() {
    return lineCode;
  }

  public void setLineCode(String lineCode) {
    this.lineCode = lineCode;
  }

  public String getNameFilter() {
    return nameFilter;
  }

  public void setNameFilter(String nameFilter) {
    this.nameFilter = nameFilter;
  }

  public String getSourceFilter() {
    return sourceFilter;
  }

  public void setSourceFilter(String sourceFilter) {
    this.sourceFilter = sourceFilter;
  }

  public String getActiveFilter() {
    return activeFilter;
  }

  public void setActiveFilter(String activeFilter) {
    this.activeFilter = activeFilter;
  }

  public People getPeople() {
    return people;
  }

  public Units getUnits() {
    return units;
  }
}
