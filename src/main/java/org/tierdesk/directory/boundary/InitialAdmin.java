package org.tierdesk.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tierdesk.directory.entity.Role;

/**
 * A production installation starts without accounts. When {@code TIERDESK_ADMIN_PASSWORD} is set
 * and no administrator exists yet, a local {@code admin} account is created with it, to log in the
 * first time and as a break-glass account later.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class InitialAdmin {

  private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

  @PersistenceContext EntityManager em;
  @Inject People people;

  @Inject
  @ConfigProperty(name = "tierdesk.admin.password")
  Optional<String> password;

  @PostConstruct
  void createIfMissing() {
    if (password.isEmpty() || password.get().isBlank()) {
      return;
    }
    long admins =
        em.createQuery("SELECT COUNT(p) FROM Person p WHERE :role MEMBER OF p.roles", Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult();
    if (admins == 0 && people.byUsername("admin").isEmpty()) {
      people.createLocal(
          "admin", "Administrator", null, password.get().toCharArray(), Set.of(Role.ADMIN));
      LOG.info("Created the initial administrator account 'admin'");
    }
  }
}
