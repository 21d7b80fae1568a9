package org.tierdesk.ticket.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An agent's named filter of the ticket queue; personal (only its owner sees and uses it). */
@Entity
@Table(name = "saved_filter")
@NamedQuery(
    name = SavedFilter.OF_OWNER,
    query = "SELECT f FROM SavedFilter f WHERE f.ownerId = :ownerId ORDER BY f.name")
public class SavedFilter {

  public static final String OF_OWNER = "SavedFilter.ofOwner";
  public static final int MAX_NAME = 100;

  /** How many filters one agent keeps; the menu lists them all. */
  public static final int MAX_PER_OWNER = 50;

  @Id
  @SequenceGenerator(
      name = "saved_filter_seq",
      sequenceName = "saved_filter_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_filter_seq")
  private Long id;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private long ownerId;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(length = 30)
  private String status;

  @Column(name = "line_code", length = 40)
  private String line;

  @Column(name = "queue_code", length = 40)
  private String queue;

  @Column(length = 20)
  private String priority;

  @Column(length = 100)
  private String category;

  @Column(length = 100)
  private String assignee;

  @Column(name = "search_text", length = 200)
  private String text;

  @Column(name = "sort_field", length = 30)
  private String sort;

  @Column(nullable = false)
  private boolean ascending;

  @Version private long version;

  protected SavedFilter() {}

  public SavedFilter(long ownerId, String name) {
    this.ownerId = ownerId;
    this.name = name;
  }

  /** Takes over the filter's conditions (a save under an existing name replaces them). */
  @SuppressWarnings("checkstyle:ParameterNumber")
  public void define(
      String newStatus,
      String newLine,
      String newQueue,
      String newPriority,
      String newCategory,
      String newAssignee,
      String newText,
      String newSort,
      boolean newAscending) {
    this.status = newStatus;
    this.line = newLine;
    this.queue = newQueue;
    this.priority = newPriority;
    this.category = newCategory;
    this.assignee = newAssignee;
    this.text = newText;
    this.sort = newSort;
    this.ascending = newAscending;
  }

  public Long getId() {
    return id;
  }

  public long getOwnerId() {
    return ownerId;
  }

  public String getName() {
    return name;
  }

  public String getStatus() {
    return status;
  }

  public String getLine() {
    return line;
  }

  public String getQueue() {
    return queue;
  }

  public String getPriority() {
    return priority;
  }

  public String getCategory() {
    return category;
  }

  public String getAssignee() {
    return assignee;
  }

  public String getText() {
    return text;
  }

  public String getSort() {
    return sort;
  }

  public boolean isAscending() {
    return ascending;
  }
}
