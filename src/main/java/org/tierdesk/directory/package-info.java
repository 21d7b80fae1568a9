/**
 * People and their roles: accounts (local today, directory and single sign-on next), the identity
 * store that checks passwords, and who is calling right now.
 */
package org.tierdesk.directory;
