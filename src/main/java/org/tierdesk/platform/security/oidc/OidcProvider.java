package org.tierdesk.platform.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.tierdesk.platform.security.oidc.OidcException.Reason;

/**
 * The OpenID Connect provider as this application sees it: its metadata (read once from {@code
 * /.well-known/openid-configuration}, again after a failure), its signing keys (the JWKS, cached
 * and fetched again when a token names an unknown key id), the token endpoint, and the checks every
 * token must pass: signature, issuer, audience, lifetime.
 */
@ApplicationScoped
public class OidcProvider {

  private static final Logger LOG = Logger.getLogger(OidcProvider.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.EdDSA);

  @Inject OidcSettings settings;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  private volatile Metadata metadata;

  /** What the discovery document says; only the fields this application uses. */
  public record Metadata(
      String issuer,
      String authorizationEndpoint,
      String tokenEndpoint,
      String jwksUri,
      String endSessionEndpoint,
      List<String> tokenAuthMethods,
      JWKSource<SecurityContext> keys) {}

  /** Tokens from the token endpoint. */
  public record Tokens(String idToken, String accessToken) {}

  public Metadata metadata() throws OidcException {
    Metadata known = metadata;
    if (known == null) {
      synchronized (this) {
        known = metadata;
        if (known == null) {
          known = discover();
          metadata = known;
        }
      }
    }
    return known;
  }

  private Metadata discover() throws OidcException {
    String uri = settings.providerUri() + "/.well-known/openid-configuration";
    Map<String, Object> json = getJson(uri);
    try {
      String issuer = settings.issuer().orElse(JSONObjectUtils.getString(json, "issuer"));
      String jwksUri = required(json, "jwks_uri");
      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(
                  URI.create(jwksUri).toURL(),
                  new DefaultResourceRetriever(
                      (int) TIMEOUT.toMillis(), (int) TIMEOUT.toMillis(), 1024 * 1024))
              .retrying(true)
              .build();
      List<String> methods =
          json.containsKey("token_endpoint_auth_methods_supported")
              ? JSONObjectUtils.getStringList(json, "token_endpoint_auth_methods_supported")
              : List.of("client_secret_basic");
      Metadata found =
          new Metadata(
              issuer,
              required(json, "authorization_endpoint"),
              required(json, "token_endpoint"),
              jwksUri,
              JSONObjectUtils.getString(json, "end_session_endpoint"),
              methods,
              keys);
      LOG.info(() -> "OpenID Connect provider " + found.issuer() + " discovered at " + uri);
      return found;
    } catch (ParseException | MalformedURLException | IllegalArgumentException e) {
      throw new OidcException(Reason.UNAVAILABLE, "Unusable discovery document at " + uri, e);
    }
  }

  private static String required(Map<String, Object> json, String name) throws ParseException {
    String value = JSONObjectUtils.getString(json, name);
    if (value == null || value.isBlank()) {
      throw new ParseException("The discovery document has no " + name, 0);
    }
    return value;
  }

  /** The address to send the browser to for signing in. */
  public String authorizationUrl(
      String redirectUri, String state, String nonce, String codeChallenge) throws OidcException {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", settings.clientId());
    query.put("redirect_uri", redirectUri);
    query.put("scope", settings.scopes());
    query.put("state", state);
    query.put("nonce", nonce);
    query.put("code_challenge", codeChallenge);
    query.put("code_challenge_method", "S256");
    return withQuery(metadata().authorizationEndpoint(), query);
  }

  /** The provider's logout address for RP-initiated logout, when it offers one. */
  public String endSessionUrl(String idToken, String postLogoutRedirectUri) throws OidcException {
    String endpoint = metadata().endSessionEndpoint();
    if (endpoint == null || endpoint.isBlank()) {
      return null;
    }
    Map<String, String> query = new LinkedHashMap<>();
    if (idToken != null) {
      query.put("id_token_hint", idToken);
    }
    query.put("post_logout_redirect_uri", postLogoutRedirectUri);
    query.put("client_id", settings.clientId());
    return withQuery(endpoint, query);
  }

  /** Trades an authorization code for tokens (with the PKCE verifier and the client's secret). */
  public Tokens exchange(String code, String redirectUri, String codeVerifier)
      throws OidcException {
    Metadata provider = metadata();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("code_verifier", codeVerifier);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(provider.tokenEndpoint()))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json");
    if (settings.clientSecret().isPresent()) {
      String secret = settings.clientSecret().get();
      if (provider.tokenAuthMethods().contains("client_secret_basic")) {
        String pair = formEncode(settings.clientId()) + ":" + formEncode(secret);
        request.header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
      } else {
        form.put("client_id", settings.clientId());
        form.put("client_secret", secret);
      }
    } else {
      form.put("client_id", settings.clientId());
    }
    request.POST(HttpRequest.BodyPublishers.ofString(formBody(form)));
    HttpResponse<String> response = send(request.build());
    Map<String, Object> json;
    try {
      json = JSONObjectUtils.parse(response.body());
    } catch (ParseException e) {
      throw new OidcException(
          Reason.UNAVAILABLE, "The token endpoint answered HTTP " + response.statusCode(), e);
    }
    if (response.statusCode() != 200) {
      Object error = json.get("error");
      Reason reason = "invalid_grant".equals(error) ? Reason.EXPIRED : Reason.FAILED;
      throw new OidcException(
          reason,
          "The token endpoint refused the code: HTTP "
              + response.statusCode()
              + " "
              + error
              + " "
              + json.getOrDefault("error_description", ""));
    }
    Object idToken = json.get("id_token");
    if (!(idToken instanceof String)) {
      throw new OidcException(Reason.FAILED, "The token endpoint returned no ID token");
    }
    Object accessToken = json.get("access_token");
    return new Tokens((String) idToken, accessToken instanceof String s ? s : null);
  }

  /** Checks an ID token: signature, issuer, audience (this client), lifetime and nonce. */
  public Map<String, Object> verifyIdToken(String idToken, String expectedNonce)
      throws OidcException {
    Map<String, Object> claims = verify(idToken, new HashSet<>(Set.of(settings.clientId())));
    if (expectedNonce == null || !expectedNonce.equals(claims.get("nonce"))) {
      throw new OidcException(Reason.BAD_STATE, "The ID token's nonce does not match");
    }
    return claims;
  }

  /** Checks an access token for the REST API: signature, issuer, audience, lifetime. */
  public Map<String, Object> verifyAccessToken(String accessToken) throws OidcException {
    return verify(accessToken, settings.bearerAudiences());
  }

  private Map<String, Object> verify(String token, Set<String> audiences) throws OidcException {
    Metadata provider = metadata();
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, provider.keys()));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        // A mutable copy: the verifier asks the set whether it contains null.
        new DefaultJWTClaimsVerifier<>(
            new HashSet<>(audiences),
            new JWTClaimsSet.Builder().issuer(provider.issuer()).build(),
            Set.of("sub", "exp"),
            null);
    claims.setMaxClockSkew(settings.clockSkewSeconds());
    processor.setJWTClaimsSetVerifier(claims);
    try {
      return processor.process(token, null).toJSONObject();
    } catch (ExpiredJWTException e) {
      throw new OidcException(Reason.EXPIRED, "Expired token: " + e.getMessage(), e);
    } catch (BadJWTException e) {
      throw new OidcException(Reason.FAILED, "Token claims refused: " + e.getMessage(), e);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new OidcException(Reason.FAILED, "Token refused: " + e.getMessage(), e);
    }
  }

  private Map<String, Object> getJson(String uri) throws OidcException {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(uri))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build());
    if (response.statusCode() != 200) {
      throw new OidcException(Reason.UNAVAILABLE, "HTTP " + response.statusCode() + " from " + uri);
    }
    try {
      return JSONObjectUtils.parse(response.body());
    } catch (ParseException e) {
      throw new OidcException(Reason.UNAVAILABLE, "No JSON from " + uri, e);
    }
  }

  private HttpResponse<String> send(HttpRequest request) throws OidcException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new OidcException(
          Reason.UNAVAILABLE, "Cannot reach the identity provider at " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OidcException(Reason.UNAVAILABLE, "Interrupted while calling " + request.uri(), e);
    }
  }

  private static String withQuery(String endpoint, Map<String, String> query) {
    return endpoint + (endpoint.contains("?") ? "&" : "?") + formBody(query);
  }

  private static String formBody(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> formEncode(e.getKey()) + "=" + formEncode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String formEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
