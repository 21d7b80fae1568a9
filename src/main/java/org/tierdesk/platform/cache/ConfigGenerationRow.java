package org.tierdesk.platform.cache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The one row of {@code config_generation}, mapped only so that {@link ConfigGeneration} can read
 * it with a JPQL query: EclipseLink runs a native query inside a JTA transaction on a connection it
 * begins a database transaction on (BEGIN, SELECT, COMMIT: three round trips), a JPQL read on its
 * read connection (one). Never cached (the unit's shared cache is selective) and never written
 * through JPA: {@link ConfigGeneration#changed()} moves it with an UPDATE.
 */
@Entity
@Table(name = "config_generation")
@NamedQuery(
    name = ConfigGenerationRow.CURRENT,
    query = "SELECT g.generation FROM ConfigGenerationRow g WHERE g.id = 1")
public class ConfigGenerationRow {

  public static final String CURRENT = "ConfigGenerationRow.current";

  @Id private int id;

  @Column(nullable = false)
  private long generation;

  protected ConfigGenerationRow() {}
}
