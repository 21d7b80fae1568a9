package org.tierdesk.macro.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tierdesk.directory.entity.Person;

/**
 * A named set of ticket actions applied at once: a reply (from a canned response or its own text),
 * a status, a priority, an assignment and tags. Personal when it has an owner, shared otherwise.
 */
@Entity
@Table(name = "ticket_macro")
public class Macro {

  public static final int MAX_NAME = 120;
  public static final int MAX_TAGS_TEXT = 500;

  @Id
  @SequenceGenerator(
      name = "ticket_macro_seq",
      sequenceName = "ticket_macro_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_macro_seq")
  private Long id;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id", updatable = false)
  private Person owner;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "canned_response_id")
  private CannedResponse response;

  @Column(name = "reply_text", length = CannedResponse.MAX_BODY)
  private String replyText;

  @Column(name = "reply_internal", nullable = false)
  private boolean replyInternal;

  @Column(name = "target_status", length = 30)
  private String targetStatus;

  @Column(name = "target_priority", length = 20)
  private String targetPriority;

  @Column(name = "assign_queue", length = 40)
  private String assignQueue;

  @Column(name = "assign_agent", length = 100)
  private String assignAgent;

  @Column(name = "add_tags", length = MAX_TAGS_TEXT)
  private String addTags;

  @Column(name = "remove_tags", length = MAX_TAGS_TEXT)
  private String removeTags;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "updated_by_id")
  private Person updatedBy;

  @Version private long version;

  protected Macro() {}

  /**
   * @param owner null for a macro shared with every agent
   */
  public Macro(Person owner) {
    this.owner = owner;
  }

  /** The actions as given; the boundary checked codes, usernames and tags beforehand. */
  public record Actions(
      CannedResponse response,
      String replyText,
      boolean replyInternal,
      String status,
      String priority,
      String queue,
      String agent,
      List<String> addTags,
      List<String> removeTags) {}

  public void edit(String newName, Actions actions, Person actor, Instant now) {
    this.name = FormText.required("name", newName, MAX_NAME);
    this.response = actions.response();
    this.replyText = FormText.optional("replyText", actions.replyText(), CannedResponse.MAX_BODY);
    this.replyInternal = actions.replyInternal();
    this.targetStatus = FormText.optional("status", actions.status(), 30);
    this.targetPriority = FormText.optional("priority", actions.priority(), 20);
    this.assignQueue = FormText.optional("queue", actions.queue(), 40);
    this.assignAgent = FormText.optional("agent", actions.agent(), 100);
    this.addTags = FormText.optional("addTags", String.join(",", actions.addTags()), MAX_TAGS_TEXT);
    this.removeTags =
        FormText.optional("removeTags", String.join(",", actions.removeTags()), MAX_TAGS_TEXT);
    this.updatedAt = now;
    this.updatedBy = actor;
  }

  public boolean isShared() {
    return owner == null;
  }

  public boolean isOwnedBy(Person person) {
    return owner != null && owner.getId().equals(person.getId());
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Person getOwner() {
    return owner;
  }

  public CannedResponse getResponse() {
    return response;
  }

  public String getReplyText() {
    return replyText;
  }

  public boolean isReplyInternal() {
    return replyInternal;
  }

  public String getTargetStatus() {
    return targetStatus;
  }

  public String getTargetPriority() {
    return targetPriority;
  }

  public String getAssignQueue() {
    return assignQueue;
  }

  public String getAssignAgent() {
    return assignAgent;
  }

  public List<String> getAddTags() {
    return split(addTags);
  }

  public List<String> getRemoveTags() {
    return split(removeTags);
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Person getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
