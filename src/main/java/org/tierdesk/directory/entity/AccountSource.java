package org.tierdesk.directory.entity;

/** Where an account comes from and therefore where its password is checked. */
public enum AccountSource {
  LOCAL,
  LDAP,
  OIDC
}
