package org.tierdesk.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request really comes from, and whether the browser used HTTPS, also behind a load
 * balancer: {@code X-Forwarded-For} and {@code X-Forwarded-Proto} count only when the direct peer
 * is one of {@code tierdesk.proxy.trusted} (addresses or CIDR blocks; empty by default, so that the
 * headers are ignored unless an operator says which proxy sets them).
 */
@ApplicationScoped
public class ClientAddress {

  private static final Logger LOG = Logger.getLogger(ClientAddress.class.getName());

  @Inject
  @ConfigProperty(name = "tierdesk.proxy.trusted", defaultValue = " ")
  String trustedList;

  private TrustedProxies trusted;

  @PostConstruct
  void parse() {
    trusted = TrustedProxies.parse(trustedList);
    if (!trusted.isEmpty()) {
      LOG.info(() -> "Trusting X-Forwarded-For and X-Forwarded-Proto from " + trustedList.strip());
    }
  }

  /** The client's address, for the login lock-out and the logs. */
  public String of(HttpServletRequest request) {
    return trusted.clientAddress(request.getRemoteAddr(), headers(request, "X-Forwarded-For"));
  }

  /** True when the browser talks HTTPS to us or to a trusted proxy in front of us. */
  public boolean isHttps(HttpServletRequest request) {
    if (request.isSecure()) {
      return true;
    }
    if (!trusted.trusts(request.getRemoteAddr())) {
      return false;
    }
    String proto = request.getHeader("X-Forwarded-Proto");
    if (proto == null) {
      return false;
    }
    // With several proxies the header may hold a list; the first is what the browser used.
    String first = proto.split(",")[0].strip().toLowerCase(Locale.ROOT);
    return first.equals("https");
  }

  private static List<String> headers(HttpServletRequest request, String name) {
    return request.getHeaders(name) == null
        ? List.of()
        : Collections.list(request.getHeaders(name));
  }
}
