package org.tierdesk.platform.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tierdesk.platform.errors.AccessDenied;

/**
 * The guard of every test-support endpoint: they exist only with {@code tierdesk.test-support=true}
 * (otherwise 404, as if there were nothing) and only for admins.
 */
@ApplicationScoped
public class TestSupport {

  @Inject
  @ConfigProperty(name = "tierdesk.test-support", defaultValue = "false")
  boolean enabled;

  /** The caller's groups, not the directory: the platform serves components, never the reverse. */
  @Inject SecurityContext security;

  public void requireEnabledForAdmin() {
    if (!enabled) {
      throw new NotFoundException();
    }
    if (!security.isCallerInRole("admin")) {
      throw new AccessDenied("testSupport.adminOnly");
    }
  }
}
