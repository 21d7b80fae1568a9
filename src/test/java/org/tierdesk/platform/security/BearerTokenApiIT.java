package org.tierdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.LoopbackHttp;
import org.tierdesk.testing.TestIdentityProvider;
import org.tierdesk.testing.TierdeskServer;

/**
 * The REST API with access tokens of the OpenID Connect provider (a real one on loopback): a valid
 * token acts as its person, who is created on first use with the roles of their groups; an expired
 * token, one for another audience, one from another issuer and a forged one get a 401 with {@code
 * WWW-Authenticate: Bearer error="invalid_token"}.
 */
@ExtendWith(TierdeskServer.class)
class BearerTokenApiIT {

  @Test
  void validTokenActsAsItsPerson() {
    String username = unique("bearer");
    Api caller = bearer(TestIdentityProvider.accessToken(username, List.of(), "tierdesk"));

    Api.Answer created =
        caller.post(
            "/api/v1/tickets",
            json("subject", "Printer on floor 3 jams", "description", "Every second page."));

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getString("requester")).isEqualTo(username);
    assertThat(caller.get("/api/v1/tickets?size=5").status()).isEqualTo(200);
  }

  @Test
  void groupsOfTheTokenGiveRoles() {
    String username = unique("bearer-agent");
    Api agent = bearer(TestIdentityProvider.accessToken(username, List.of("HD-Line1"), "tierdesk"));

    assertThat(agent.get("/api/v1/tickets?size=1").status()).isEqualTo(200);

    Api.Answer lines = Api.as("admin").get("/api/v1/admin/lines");
    assertThat(lines.body()).contains(username);
  }

  @Test
  void expiredTokenIsRefused() {
    String token =
        TestIdentityProvider.token(
            TestIdentityProvider.ISSUER_ID, unique("late"), List.of(), "tierdesk", -3600);

    assertInvalidToken(bearer(token).get("/api/v1/tickets?size=1"));
  }

  @Test
  void tokenForAnotherAudienceIsRefused() {
    assertInvalidToken(
        bearer(TestIdentityProvider.accessToken(unique("aud"), List.of(), "another-app"))
            .get("/api/v1/tickets?size=1"));
  }

  @Test
  void tokenOfAnotherIssuerIsRefused() {
    String token =
        TestIdentityProvider.token("elsewhere", unique("iss"), List.of(), "tierdesk", 3600);

    assertInvalidToken(bearer(token).get("/api/v1/tickets?size=1"));
  }

  @Test
  void forgedSignatureIsRefused() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID("forged-key").generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID("forged-key")
                .type(JOSEObjectType.JWT)
                .build(),
            new JWTClaimsSet.Builder()
                .issuer(TestIdentityProvider.providerUri())
                .subject("sub-mallory")
                .audience("tierdesk")
                .claim("preferred_username", "admin-ish")
                .claim("groups", List.of("HD-Admins"))
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .build());
    forged.sign(new RSASSASigner(key));

    assertInvalidToken(bearer(forged.serialize()).get("/api/v1/tickets?size=1"));
    assertInvalidToken(bearer("not.a.token").get("/api/v1/tickets?size=1"));
  }

  @Test
  void tokenForALocalAccountIsRefused() {
    Api.Answer answer =
        bearer(TestIdentityProvider.accessToken("employee", List.of(), "tierdesk"))
            .get("/api/v1/tickets?size=1");

    assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    assertThat(answer.detail()).contains("employee");
  }

  @Test
  void basicLoginIsLockedWithAClearAnswer() {
    // From an address of its own, so that these failures lock nobody else out.
    LoopbackHttp client = LoopbackHttp.from("127.0.0.5");
    String username = unique("guess");
    for (int i = 0; i < 5; i++) {
      assertThat(client.get("/api/v1/tickets?size=1", basic(username, "wrong" + i)).status())
          .isEqualTo(401);
    }

    LoopbackHttp.Reply locked = client.get("/api/v1/tickets?size=1", basic(username, "wrong"));

    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.header("Retry-After")).isPresent();
    assertThat(locked.header("Content-Type")).get().asString().contains("problem+json");
    assertThat(locked.body()).contains("Too many failed attempts");
  }

  private static void assertInvalidToken(Api.Answer answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
    assertThat(answer.header("WWW-Authenticate"))
        .get()
        .asString()
        .startsWith("Bearer")
        .contains("error=\"invalid_token\"");
    assertThat(answer.header("Content-Type")).get().asString().contains("application/problem+json");
  }

  private static Api bearer(String token) {
    return Api.anonymous().header("Authorization", "Bearer " + token);
  }

  static Map<String, String> basic(String user, String password) {
    return Map.of(
        "Authorization",
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString(
                    (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
