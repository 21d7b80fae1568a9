package org.tierdesk.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** REST API, version 1. The OpenAPI document is served at {@code /openapi}. */
@ApplicationPath(RestApplication.PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Tierdesk REST API",
            version = "1",
            description =
                "Tickets, their history, replies and status changes. Errors are"
                    + " application/problem+json documents with a human-readable detail."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

  public static final String PATH = "/api/v1";
}
