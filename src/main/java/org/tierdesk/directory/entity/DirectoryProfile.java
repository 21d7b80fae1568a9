package org.tierdesk.directory.entity;

/**
 * What the company directory (LDAP/AD entry or OIDC claims) says about a person. Only {@code
 * username} is required; missing values clear the field, as the directory is authoritative.
 *
 * @param username the login name (AD {@code sAMAccountName}, or the configured claim)
 * @param externalId the directory's key: LDAP DN or GUID, or the OIDC subject
 * @param department the distinguished name or name of the person's department, or null
 * @param managerUsername the login name of the person's manager, or null
 */
public record DirectoryProfile(
    String username,
    String externalId,
    String displayName,
    String email,
    String phone,
    String title,
    String department,
    String managerUsername) {

  public DirectoryProfile {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("A directory profile needs a username");
    }
  }
}
