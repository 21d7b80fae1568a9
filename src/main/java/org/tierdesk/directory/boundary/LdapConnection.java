package org.tierdesk.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.tierdesk.directory.control.LdapDirectory;
import org.tierdesk.directory.control.LdapSettings;

/**
 * The company directory, when {@code tierdesk.ldap.url} is set: one connection pool per node,
 * opened on first use. Wrong settings are reported once at start-up and leave LDAP off, so that
 * local accounts (the break-glass admin) still work.
 */
@ApplicationScoped
public class LdapConnection {

  private static final Logger LOG = Logger.getLogger(LdapConnection.class.getName());

  private LdapDirectory directory;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig();
    try {
      directory =
          LdapSettings.from(key -> config.getOptionalValue(key, String.class))
              .map(LdapDirectory::new)
              .orElse(null);
      if (directory == null) {
        LOG.info("LDAP is off: tierdesk.ldap.url (TIERDESK_LDAP_URL) is not set");
      } else {
        LOG.info(() -> "LDAP is on: " + directory.settings());
      }
    } catch (IllegalArgumentException e) {
      LOG.log(Level.SEVERE, "LDAP stays off: " + e.getMessage(), e);
    }
  }

  public Optional<LdapDirectory> directory() {
    return Optional.ofNullable(directory);
  }

  public boolean isConfigured() {
    return directory != null;
  }

  @PreDestroy
  void close() {
    if (directory != null) {
      directory.close();
    }
  }
}
