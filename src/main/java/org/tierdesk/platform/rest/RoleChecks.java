package org.tierdesk.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.tierdesk.platform.errors.AccessDenied;

/**
 * Enforces {@link RolesAllowed} on REST resources before anything of the request is read, so that a
 * caller without the role learns only that (403), never which input would have been wrong. The
 * boundaries check again (they also serve the screens); this keeps the order of answers right.
 */
@Provider
public class RoleChecks implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed != null) {
      context.register(new Check(List.of(allowed.value())));
    }
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class Check implements ContainerRequestFilter {

    private final List<String> roles;

    Check(List<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (roles.stream().noneMatch(request.getSecurityContext()::isUserInRole)) {
        throw new AccessDenied(roles.contains("agent") ? "error.supportOnly" : "error.adminOnly");
      }
    }
  }
}
