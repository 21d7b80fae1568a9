package org.tierdesk.directory.control;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import javax.net.ssl.TrustManager;
import org.tierdesk.directory.entity.DirectoryProfile;

/**
 * The company directory over LDAP: looks people up, checks passwords by binding as the person, and
 * reads profiles and (nested) groups. Uses a pool of connections bound as the service account;
 * password checks bind on a pooled connection and bind it back as the service account afterwards.
 *
 * <p>Built on the UnboundID LDAP SDK rather than JNDI: it gives connection pooling with health
 * checks, StartTLS and a trust store per connection (JNDI takes a socket factory by class name
 * only), simple paged results, and parsed filters and DNs, in one small jar with no dependencies.
 */
public class LdapDirectory implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());
  private static final int ACCOUNT_DISABLE = 0x2;

  private final LdapSettings settings;
  private final Filter userFilter;
  private final Filter groupFilter;
  private final Filter disabledFilter;
  private volatile LDAPConnectionPool pool;

  /** The outcome of a password check. */
  public enum Outcome {
    VALID,
    /** Wrong password, unknown or ambiguous name, or a name Tierdesk does not accept. */
    INVALID,
    DISABLED,
    /**
     * The directory could not be reached or failed: nobody can tell whether the password is right.
     */
    UNAVAILABLE
  }

  /** A person as the directory has them. */
  public record Person(DirectoryProfile profile, Collection<String> groups, boolean disabled) {}

  public record Authentication(Outcome outcome, Person person) {
    static Authentication of(Outcome outcome) {
      return new Authentication(outcome, null);
    }
  }

  public LdapDirectory(LdapSettings settings) {
    this.settings = settings;
    this.userFilter = parse("user-filter", settings.userFilter());
    this.groupFilter = parse("group-filter", settings.groupFilter());
    this.disabledFilter =
        settings.disabledDetection() == LdapSettings.DisabledDetection.FILTER
            ? parse("disabled-filter", settings.disabledFilter())
            : null;
    parseDn("user-base", settings.userBase());
    if (!settings.groupBase().isBlank()) {
      parseDn("group-base", settings.groupBase());
    }
  }

  public LdapSettings settings() {
    return settings;
  }

  /**
   * Checks a password by binding as the person. An empty password is refused before anything is
   * sent: LDAP treats a simple bind with a name and no password as an anonymous bind, which
   * succeeds.
   */
  public Authentication authenticate(String loginName, char[] password) {
    if (!LdapFilters.isAcceptableLoginName(loginName) || password == null || password.length == 0) {
      return Authentication.of(Outcome.INVALID);
    }
    try {
      LDAPConnectionPool connections = pool();
      Optional<SearchResultEntry> found = findUser(connections, loginName);
      if (found.isEmpty()) {
        return Authentication.of(Outcome.INVALID);
      }
      SearchResultEntry entry = found.get();
      try {
        connections.bindAndRevertAuthentication(
            new SimpleBindRequest(entry.getDN(), new String(password)));
      } catch (LDAPException e) {
        if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
          // AD answers a disabled account's right password with invalid credentials, too.
          return isDisabled(connections, entry)
              ? Authentication.of(Outcome.DISABLED)
              : Authentication.of(Outcome.INVALID);
        }
        throw e;
      }
      if (isDisabled(connections, entry)) {
        return Authentication.of(Outcome.DISABLED);
      }
      return new Authentication(Outcome.VALID, person(connections, entry, new GroupCache(), false));
    } catch (LDAPException e) {
      LOG.warning(() -> "LDAP sign-in of " + loginName + " failed: " + e.getExceptionMessage());
      return Authentication.of(Outcome.UNAVAILABLE);
    }
  }

  /** The person with this login name, if the directory has exactly one; disabled ones too. */
  public Optional<Person> find(String loginName) throws LDAPException {
    if (!LdapFilters.isAcceptableLoginName(loginName)) {
      return Optional.empty();
    }
    LDAPConnectionPool connections = pool();
    Optional<SearchResultEntry> entry = findUser(connections, loginName);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        person(connections, entry.get(), new GroupCache(), isDisabled(connections, entry.get())));
  }

  /**
   * Visits every person under the user base, page by page (Simple Paged Results, RFC 2696), so that
   * neither the directory's size limit nor memory limits the sync. Group lookups are shared across
   * the run.
   */
  public void forEachPerson(Consumer<Person> visitor, Consumer<String> problems)
      throws LDAPException {
    LDAPConnectionPool connections = pool();
    Set<String> disabledDns = disabledFilter == null ? Set.of() : disabledDns(connections);
    GroupCache groups = new GroupCache();
    LDAPConnection connection = connections.getConnection();
    boolean healthy = false;
    try {
      ASN1OctetString cookie = null;
      do {
        SearchRequest request =
            new SearchRequest(
                settings.userBase(), SearchScope.SUB, userFilter, settings.userAttributes());
        request.setControls(new SimplePagedResultsControl(settings.syncPageSize(), cookie, true));
        SearchResult page = connection.search(request);
        for (SearchResultEntry entry : page.getSearchEntries()) {
          String login = entry.getAttributeValue(settings.loginAttribute());
          if (login == null || login.isBlank()) {
            problems.accept(entry.getDN() + ": no " + settings.loginAttribute());
            continue;
          }
          boolean disabled =
              isDisabledByAccountControl(entry) || disabledDns.contains(normalise(entry.getDN()));
          try {
            visitor.accept(person(connections, entry, groups, disabled));
          } catch (LDAPException e) {
            problems.accept(entry.getDN() + ": " + e.getExceptionMessage());
          }
        }
        SimplePagedResultsControl paged = SimplePagedResultsControl.get(page);
        cookie = paged != null && paged.moreResultsToReturn() ? paged.getCookie() : null;
      } while (cookie != null);
      healthy = true;
    } finally {
      if (healthy) {
        connections.releaseConnection(connection);
      } else {
        connections.releaseDefunctConnection(connection);
      }
    }
  }

  @Override
  public void close() {
    LDAPConnectionPool open = pool;
    pool = null;
    if (open != null) {
      open.close();
    }
  }

  private Optional<SearchResultEntry> findUser(LDAPConnectionPool connections, String loginName)
      throws LDAPException {
    SearchRequest request =
        new SearchRequest(
            settings.userBase(),
            SearchScope.SUB,
            Filter.create(settings.userFilterFor(loginName)),
            settings.userAttributes());
    request.setSizeLimit(2);
    SearchResult result;
    try {
      result = connections.search(request);
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
        LOG.warning(() -> "More than one directory entry has the login name " + loginName);
        return Optional.empty();
      }
      throw e;
    }
    if (result.getEntryCount() != 1) {
      if (result.getEntryCount() > 1) {
        LOG.warning(() -> "More than one directory entry has the login name " + loginName);
      }
      return Optional.empty();
    }
    return Optional.of(result.getSearchEntries().get(0));
  }

  private Person person(
      LDAPConnectionPool connections, Entry entry, GroupCache cache, boolean disabled)
      throws LDAPException {
    String externalId =
        settings.externalIdAttribute().isBlank()
            ? entry.getDN()
            : Optional.ofNullable(entry.getAttributeValue(settings.externalIdAttribute()))
                .orElse(entry.getDN());
    DirectoryProfile profile =
        new DirectoryProfile(
            entry.getAttributeValue(settings.loginAttribute()),
            externalId,
            first(entry, settings.displayNameAttribute(), "cn"),
            entry.getAttributeValue(settings.emailAttribute()),
            entry.getAttributeValue(settings.phoneAttribute()),
            entry.getAttributeValue(settings.titleAttribute()),
            entry.getAttributeValue(settings.departmentAttribute()),
            managerLogin(connections, entry.getAttributeValue(settings.managerAttribute()), cache));
    return new Person(profile, groupsOf(connections, entry, cache), disabled);
  }

  private String managerLogin(LDAPConnectionPool connections, String managerDn, GroupCache cache)
      throws LDAPException {
    if (managerDn == null || managerDn.isBlank()) {
      return null;
    }
    String key = normalise(managerDn);
    if (cache.managers.containsKey(key)) {
      return cache.managers.get(key);
    }
    String login = null;
    try {
      Entry manager = connections.getEntry(managerDn, settings.loginAttribute());
      login = manager == null ? null : manager.getAttributeValue(settings.loginAttribute());
    } catch (LDAPException e) {
      if (e.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
        throw e;
      }
    }
    cache.managers.put(key, login);
    return login;
  }

  /**
   * The person's groups, nested ones included: the groups that list the entry as a member (and any
   * the entry's {@code memberOf} names), then the groups that list those, and so on.
   */
  private Collection<String> groupsOf(LDAPConnectionPool connections, Entry entry, GroupCache cache)
      throws LDAPException {
    Set<String> direct = new LinkedHashSet<>(directParents(connections, entry.getDN()));
    String[] memberOf = entry.getAttributeValues("memberOf");
    if (memberOf != null) {
      direct.addAll(List.of(memberOf));
    }
    LDAPException[] failure = new LDAPException[1];
    GroupResolver.Result result =
        GroupResolver.resolve(
            direct,
            group ->
                cache.parents.computeIfAbsent(
                    normalise(group),
                    key -> {
                      try {
                        return directParents(connections, group);
                      } catch (LDAPException e) {
                        failure[0] = e;
                        return List.of();
                      }
                    }),
            settings.nestedGroupDepth());
    if (failure[0] != null) {
      throw failure[0];
    }
    if (result.truncated()) {
      LOG.warning(
          () ->
              "Groups of "
                  + entry.getDN()
                  + " nest deeper than "
                  + settings.nestedGroupDepth()
                  + " levels; the deeper ones are ignored");
    }
    return result.groups();
  }

  private List<String> directParents(LDAPConnectionPool connections, String memberDn)
      throws LDAPException {
    Filter filter =
        Filter.createANDFilter(
            groupFilter, Filter.createEqualityFilter(settings.groupMemberAttribute(), memberDn));
    SearchResult result =
        connections.search(
            new SearchRequest(settings.groupSearchBase(), SearchScope.SUB, filter, "1.1"));
    List<String> groups = new ArrayList<>();
    for (SearchResultEntry group : result.getSearchEntries()) {
      groups.add(group.getDN());
    }
    return groups;
  }

  private boolean isDisabled(LDAPConnectionPool connections, Entry entry) throws LDAPException {
    return switch (settings.disabledDetection()) {
      case AD -> isDisabledByAccountControl(entry);
      case NONE -> false;
      case FILTER ->
          connections
                  .search(new SearchRequest(entry.getDN(), SearchScope.BASE, disabledFilter, "1.1"))
                  .getEntryCount()
              > 0;
    };
  }

  private boolean isDisabledByAccountControl(Entry entry) {
    if (settings.disabledDetection() != LdapSettings.DisabledDetection.AD) {
      return false;
    }
    String control = entry.getAttributeValue("userAccountControl");
    if (control == null) {
      return false;
    }
    try {
      return (Long.parseLong(control.strip()) & ACCOUNT_DISABLE) != 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private Set<String> disabledDns(LDAPConnectionPool connections) throws LDAPException {
    Set<String> dns = ConcurrentHashMap.newKeySet();
    SearchRequest request =
        new SearchRequest(
            settings.userBase(),
            SearchScope.SUB,
            Filter.createANDFilter(userFilter, disabledFilter),
            "1.1");
    for (SearchResultEntry entry : connections.search(request).getSearchEntries()) {
      dns.add(normalise(entry.getDN()));
    }
    return dns;
  }

  private LDAPConnectionPool pool() throws LDAPException {
    LDAPConnectionPool current = pool;
    if (current != null && !current.isClosed()) {
      return current;
    }
    synchronized (this) {
      if (pool == null || pool.isClosed()) {
        pool = connect();
      }
      return pool;
    }
  }

  private LDAPConnectionPool connect() throws LDAPException {
    LDAPConnectionOptions options = new LDAPConnectionOptions();
    options.setConnectTimeoutMillis(settings.timeoutSeconds() * 1000);
    options.setResponseTimeoutMillis(settings.timeoutSeconds() * 1000L);
    options.setUseSynchronousMode(false);
    SocketFactory sockets = null;
    PostConnectProcessor startTls = null;
    if (settings.usesTls()) {
      SSLUtil ssl = new SSLUtil(trustManager());
      options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
      try {
        if (settings.ldaps()) {
          sockets = ssl.createSSLSocketFactory();
        } else {
          startTls = new StartTLSPostConnectProcessor(ssl.createSSLSocketFactory());
        }
      } catch (GeneralSecurityException e) {
        throw new LDAPException(ResultCode.LOCAL_ERROR, "TLS set-up failed: " + e.getMessage(), e);
      }
    }
    SingleServerSet server =
        new SingleServerSet(settings.host(), settings.port(), sockets, options);
    BindRequest bind =
        settings.bindDn().isBlank()
            ? null
            : new SimpleBindRequest(settings.bindDn(), settings.bindPassword());
    LDAPConnectionPool created =
        new LDAPConnectionPool(server, bind, 1, settings.poolSize(), startTls);
    created.setRetryFailedOperationsDueToInvalidConnections(true);
    created.setConnectionPoolName("tierdesk-ldap");
    LOG.info(() -> "Connected to " + settings);
    return created;
  }

  private TrustManager trustManager() {
    if (settings.trustStore().isBlank()) {
      return JVMDefaultTrustManager.getInstance();
    }
    return new TrustStoreTrustManager(
        settings.trustStore(),
        settings.trustStorePassword().isBlank()
            ? null
            : settings.trustStorePassword().toCharArray(),
        settings.trustStoreType(),
        true);
  }

  private static String first(Entry entry, String attribute, String fallback) {
    String value = entry.getAttributeValue(attribute);
    return value == null || value.isBlank() ? entry.getAttributeValue(fallback) : value;
  }

  private static Filter parse(String key, String filter) {
    try {
      return Filter.create(filter);
    } catch (LDAPException e) {
      throw new IllegalArgumentException(
          LdapSettings.PREFIX + key + ": not a valid LDAP filter: " + filter, e);
    }
  }

  private static void parseDn(String key, String dn) {
    try {
      new DN(dn);
    } catch (LDAPException e) {
      throw new IllegalArgumentException(
          LdapSettings.PREFIX + key + ": not a distinguished name: " + dn, e);
    }
  }

  private static String normalise(String dn) {
    try {
      return new DN(dn).toNormalizedString();
    } catch (LDAPException e) {
      return GroupResolver.key(dn);
    }
  }

  /** Lookups shared by one sign-in or one sync run. */
  private static final class GroupCache {
    final Map<String, Collection<String>> parents = new HashMap<>();
    final Map<String, String> managers = new HashMap<>();
  }
}
