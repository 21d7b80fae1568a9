package org.tierdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.platform.security.BearerTokenApiIT.unique;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.testing.TestIdentityProvider;
import org.tierdesk.testing.TierdeskServer;

/**
 * The OpenID Connect authorization-code flow at the HTTP level, against a real provider on
 * loopback: a new session id once signed in, an answer that does not belong to a sign-in of this
 * browser (unknown or reused {@code state}) refused, the provider's refusal explained on the login
 * page with the requested page kept, and a company account that clashes with a local one refused.
 */
@ExtendWith(TierdeskServer.class)
class SingleSignOnIT {

  @Test
  void signInGivesANewSessionIdAndTheStateIsGoodOnce() throws Exception {
    Client browser = new Client();
    TestIdentityProvider.nextSignIn(unique("flow"), "Flow Person", List.of());
    URI atProvider = browser.redirect(browser.get("/sso/login?next=%2Fportal%2Fnew.xhtml"));
    String before = browser.sessionId();
    URI callback = browser.redirect(browser.send(atProvider));
    assertThat(callback.getPath()).isEqualTo(SINGLE_SIGN_ON_CALLBACK);

    HttpResponse<String> signedIn = browser.send(callback);

    assertThat(browser.redirect(signedIn).getPath()).isEqualTo("/portal/new.xhtml");
    assertThat(browser.sessionId()).isNotEqualTo(before);
    assertThat(browser.get("/portal/new.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> replayed = browser.send(callback);
    assertThat(browser.redirect(replayed).toString()).contains("/login.xhtml?sso=bad-state");
  }

  @Test
  void answerWithAnUnknownStateIsRefusedWithAClearMessage() throws Exception {
    Client browser = new Client();

    URI back = browser.redirect(browser.get("/sso/callback?state=forged&code=stolen"));

    assertThat(back.toString()).contains("/login.xhtml?sso=bad-state");
    assertThat(browser.send(back).body())
        .contains(html(Texts.format(Locale.ENGLISH, "ui.sso.badState")));
  }

  @Test
  void refusalAtTheProviderIsExplainedAndKeepsTheRequestedPage() throws Exception {
    Client browser = new Client();
    URI atProvider = browser.redirect(browser.get("/sso/login?next=%2Fportal%2Fnew.xhtml"));
    String state = query(atProvider, "state");

    URI back =
        browser.redirect(
            browser.get(
                "/sso/callback?state="
                    + state
                    + "&error=access_denied&error_description=User+cancelled"));

    assertThat(back.toString()).contains("/login.xhtml?sso=denied&next=%2Fportal%2Fnew.xhtml");
    String page = browser.send(back).body();
    assertThat(page).contains(html(Texts.format(Locale.ENGLISH, "ui.sso.denied")));
    assertThat(page).contains("/sso/login?next=%2Fportal%2Fnew.xhtml");
  }

  @Test
  void companyAccountWithTheNameOfALocalAccountIsRefused() throws Exception {
    Client browser = new Client();
    TestIdentityProvider.nextSignIn("employee", "Someone Else", List.of("HD-Admins"));
    URI atProvider = browser.redirect(browser.get("/sso/login"));
    URI callback = browser.redirect(browser.send(atProvider));

    URI back = browser.redirect(browser.send(callback));

    assertThat(back.toString()).contains("/login.xhtml?sso=refused");
    assertThat(browser.send(back).body())
        .contains(html(Texts.format(Locale.ENGLISH, "ui.sso.refused")));
    assertThat(browser.get("/portal/index.xhtml").statusCode()).isEqualTo(302);
  }

  private static final String SINGLE_SIGN_ON_CALLBACK = "/sso/callback";

  private static String query(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    throw new AssertionError("No " + name + " in " + uri);
  }

  /** Text as Faces writes it into HTML. */
  private static String html(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  /** A cookie-keeping HTTP client that does not follow redirects, like a browser step by step. */
  private static final class Client {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return send(URI.create(TierdeskServer.baseUri() + path));
    }

    HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    URI redirect(HttpResponse<String> response) {
      assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(302);
      return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    String sessionId() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("JSESSIONID"))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElse(null);
    }
  }
}
