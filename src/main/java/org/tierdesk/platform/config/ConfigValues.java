package org.tierdesk.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * MicroProfile Config for places that cannot inject it, chiefly EL in security annotations ({@code
 * "${config.get('tierdesk.ldap.url')}"}). Every key may be overridden by an environment variable:
 * {@code tierdesk.db.url} is read from {@code TIERDESK_DB_URL}.
 */
@Named("config")
@ApplicationScoped
public class ConfigValues {

  public String get(String key) {
    return config().getOptionalValue(key, String.class).orElse("");
  }

  public <T> T get(String key, Class<T> type, T fallback) {
    return config().getOptionalValue(key, type).orElse(fallback);
  }

  private static Config config() {
    return ConfigProvider.getConfig();
  }
}
