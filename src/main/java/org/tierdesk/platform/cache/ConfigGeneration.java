package org.tierdesk.platform.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The generation of the configuration that ticket creation reads (routing rules, queues, lines,
 * categories, SLA policies, calendars and their assignments, organisation units), and what this
 * node derived from it, kept in memory until the generation moves.
 *
 * <p>Every change to that configuration calls {@link #changed()} in its own transaction, which
 * moves the one row of {@code config_generation} on; the change and the new generation commit
 * together. Readers read the row (a primary-key look-up) once per transaction, before anything they
 * derive, so a node never keeps data older than the generation it stored it under: an edit made on
 * another node of a cluster is seen by the next transaction here, as it would be without the cache.
 */
@ApplicationScoped
public class ConfigGeneration {

  private static final String KEY = ConfigGeneration.class.getName();

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;

  private final ConcurrentMap<String, Derived<?>> derived = new ConcurrentHashMap<>();

  private record Derived<T>(long generation, T value) {}

  /**
   * What {@code loader} derives from the configuration, computed again only when the generation
   * moved since it was last computed. The value must not depend on the transaction it was read in
   * (no managed entities whose lazy relations are still to be read).
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(String name, Supplier<T> loader) {
    long generation = current();
    Derived<?> known = derived.get(name);
    if (known != null && known.generation() == generation) {
      return (T) known.value();
    }
    T value = loader.get();
    derived.merge(
        name,
        new Derived<>(generation, value),
        (old, fresh) -> old.generation() > fresh.generation() ? old : fresh);
    return value;
  }

  /** The generation this transaction reads by, read from the database once per transaction. */
  public long current() {
    boolean inTransaction = transactions.getTransactionKey() != null;
    if (inTransaction && transactions.getResource(KEY) instanceof Long known) {
      return known;
    }
    long generation =
        em.createNamedQuery(ConfigGenerationRow.CURRENT, Long.class).getSingleResult();
    if (inTransaction) {
      transactions.putResource(KEY, generation);
    }
    return generation;
  }

  /**
   * Records, in the caller's transaction, that the configuration changed: every node derives its
   * view again once this commits.
   */
  public void changed() {
    em.createNativeQuery("UPDATE config_generation SET generation = generation + 1 WHERE id = 1")
        .executeUpdate();
    if (transactions.getTransactionKey() != null) {
      // Later reads in this transaction must not reuse what was derived before the change.
      transactions.putResource(KEY, -1L - System.nanoTime());
    }
  }
}
