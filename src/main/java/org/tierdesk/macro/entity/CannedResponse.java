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
import java.util.Locale;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.platform.errors.InvalidInput;

/**
 * A prepared answer with text in English and Russian (at least one), which may use placeholders.
 * Personal when it has an owner, shared with every agent when it has none.
 */
@Entity
@Table(name = "canned_response")
public class CannedResponse {

  public static final int MAX_TITLE = 120;
  public static final int MAX_BODY = 10000;

  @Id
  @SequenceGenerator(
      name = "canned_response_seq",
      sequenceName = "canned_response_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_response_seq")
  private Long id;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "body_en", length = MAX_BODY)
  private String bodyEn;

  @Column(name = "body_ru", length = MAX_BODY)
  private String bodyRu;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_id", updatable = false)
  private Person owner;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "updated_by_id")
  private Person updatedBy;

  @Version private long version;

  protected CannedResponse() {}

  /**
   * @param owner null for a response shared with every agent
   */
  public CannedResponse(Person owner) {
    this.owner = owner;
  }

  public void edit(String newTitle, String english, String russian, Person actor, Instant now) {
    this.title = FormText.required("title", newTitle, MAX_TITLE);
    this.bodyEn = FormText.optional("bodyEn", english, MAX_BODY);
    this.bodyRu = FormText.optional("bodyRu", russian, MAX_BODY);
    if (bodyEn == null && bodyRu == null) {
      throw new InvalidInput("bodyEn", "macro.response.noText");
    }
    this.updatedAt = now;
    this.updatedBy = actor;
  }

  /** The text for a reader of this language: Russian for Russian readers, else English. */
  public String bodyFor(Locale locale) {
    boolean russian = locale != null && "ru".equals(locale.getLanguage());
    String preferred = russian ? bodyRu : bodyEn;
    return preferred != null ? preferred : (russian ? bodyEn : bodyRu);
  }

  public boolean isShared() {
    return owner == null;
  }

  public boolean isOwnedBy(Person person) {
    return owner != null && owner.getId().equals(person.getId());
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public String getBodyRu() {
    return bodyRu;
  }

  public Person getOwner() {
    return owner;
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
