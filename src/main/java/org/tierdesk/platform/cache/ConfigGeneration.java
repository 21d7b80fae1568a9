package org.tierdesk.platform.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
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
 *
 * <p>The same generation keeps JPA's shared cache honest. The entities of that configuration that
 * ticket creation and the ticket page look up by id (categories, support lines, queues) are
 * {@code @Cacheable}; a node changes them through JPA, which updates its cache on commit. When a
 * transaction reads a generation newer than any this node saw, the shared cache is emptied before
 * the read returns, so that transaction and every later one read those entities again. Queries that
 * return them refresh the cache whenever a row's version is newer, and a cached entity is read
 * again at most {@link #SHARED_CACHE_EXPIRY_MS} after it was read: the bound for a change made on
 * another node and seen here by a request that never asked for the generation.
 */
@ApplicationScoped
public class ConfigGeneration {

  /**
   * The longest a node serves a cached configuration entity before reading it again (its
   * {@code @Cache(expiry)}): a change made on another node reaches a request here that does not
   * read the generation within this time.
   */
  public static final int SHARED_CACHE_EXPIRY_MS = 5_000;

  private static final String KEY = ConfigGeneration.class.getName();

  @PersistenceContext EntityManager em;
  @PersistenceUnit EntityManagerFactory factory;
  @Resource TransactionSynchronizationRegistry transactions;

  private final ConcurrentMap<String, Derived<?>> derived = new ConcurrentHashMap<>();

  /** The newest generation this node has read; reading it first emptied the shared cache. */
  private final AtomicLong newestSeen = new AtomicLong(Long.MIN_VALUE);

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
    if (generation > newestSeen.get()) {
      // Emptied before the newest generation is recorded: a concurrent reader of the same
      // generation either empties it too or finds it already emptied.
      factory.getCache().evictAll();
      newestSeen.accumulateAndGet(generation, Math::max);
    }
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
