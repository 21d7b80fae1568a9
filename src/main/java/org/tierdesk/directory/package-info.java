/**
 * People and their roles: local accounts and accounts of the company directory (LDAP / Active
 * Directory, OpenID Connect), the identity stores that check passwords, the directory sync, group →
 * role mappings, organisation units, and who is calling right now.
 */
package org.tierdesk.directory;
