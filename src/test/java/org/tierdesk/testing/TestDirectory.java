package org.tierdesk.testing;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real LDAP server for tests: UnboundID's in-memory directory on a loopback port of the test JVM,
 * loaded from {@code src/test/resources/ldap/directory.ldif} (an Active Directory-like tree). It
 * runs as long as the JVM; because it lives here, tests can change entries and see the server's
 * sync pick the changes up. {@link #environment()} gives the settings Tierdesk needs to use it.
 */
public final class TestDirectory {

  public static final String BASE = "dc=tierdesk,dc=test";
  public static final String PEOPLE = "ou=People," + BASE;
  public static final String GROUPS = "ou=Groups," + BASE;
  public static final String BIND_DN = "cn=Service Account," + BASE;
  public static final String BIND_PASSWORD = "service-pass";

  private static InMemoryDirectoryServer server;

  private TestDirectory() {}

  /** Starts the directory once per JVM and returns it. */
  public static synchronized InMemoryDirectoryServer start() {
    if (server != null) {
      return server;
    }
    try {
      InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
      // Active Directory's attributes and classes are not in the standard schema.
      config.setSchema(null);
      config.setListenerConfigs(
          InMemoryListenerConfig.createLDAPConfig(
              "loopback", InetAddress.getLoopbackAddress(), 0, null));
      InMemoryDirectoryServer started = new InMemoryDirectoryServer(config);
      try (InputStream ldif = TestDirectory.class.getResourceAsStream("/ldap/directory.ldif")) {
        started.importFromLDIF(true, new LDIFReader(ldif));
      }
      started.startListening();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> started.shutDown(true), "test-directory-stop"));
      server = started;
      return server;
    } catch (Exception e) {
      throw new IllegalStateException("The test LDAP directory did not start", e);
    }
  }

  public static String url() {
    return "ldap://127.0.0.1:" + start().getListenPort();
  }

  /**
   * The {@code TIERDESK_LDAP_*} settings for this directory, Active Directory-style (login by
   * sAMAccountName, disabled accounts by userAccountControl); the schedule is off, tests sync on
   * demand.
   */
  public static Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("TIERDESK_LDAP_URL", url());
    env.put("TIERDESK_LDAP_BIND_DN", BIND_DN);
    env.put("TIERDESK_LDAP_BIND_PASSWORD", BIND_PASSWORD);
    env.put("TIERDESK_LDAP_USER_BASE", PEOPLE);
    env.put("TIERDESK_LDAP_USER_FILTER", "(objectClass=user)");
    env.put("TIERDESK_LDAP_GROUP_BASE", GROUPS);
    env.put("TIERDESK_LDAP_SYNC_INTERVAL_MINUTES", "0");
    env.put("TIERDESK_LDAP_SYNC_PAGE_SIZE", "3");
    return env;
  }

  /** A connection with full rights, to change entries; close it after use. */
  public static LDAPConnection connection() throws LDAPException {
    return start().getConnection();
  }

  /** Adds an entry given as LDIF lines. */
  public static void add(String... ldifLines) {
    try {
      start().add(ldifLines);
    } catch (LDAPException | LDIFException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Modifies an entry given as LDIF change lines ({@code dn:}, {@code changetype: modify}, …). */
  public static void modify(String... ldifLines) {
    try {
      start().modify(ldifLines);
    } catch (LDAPException | LDIFException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void delete(String dn) {
    try {
      start().delete(dn);
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }
}
