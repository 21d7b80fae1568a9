package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.Browser;
import org.tierdesk.testing.TestIdentityProvider;
import org.tierdesk.testing.TierdeskServer;

/**
 * Single sign-on in a real browser against a real OpenID Connect provider: "Sign in with company
 * account" on the login page, back in Tierdesk as the person the provider names, in the console
 * their directory groups grant, and out again at the provider too on logout.
 */
@ExtendWith(TierdeskServer.class)
class SingleSignOnUiIT {

  @Test
  void agentOfLineOneSignsInAndOut() {
    String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
    TestIdentityProvider.nextSignIn(username, "Anna Line-One", List.of("HD-Line1"));
    try (Browser browser = Browser.open()) {
      browser.go("/login.xhtml");
      browser.driver().findElement(By.id("sso")).click();
      browser.waitUntil(driver -> path(driver.getCurrentUrl()).equals("/agent/index.xhtml"));
      browser.waitForAjax();

      assertThat(browser.driver().findElement(By.tagName("header")).getText())
          .contains("Anna Line-One");
      assertThat(Api.as("admin").get("/api/v1/admin/lines").body()).contains(username);
      browser.screenshot("sso-agent-line1");

      browser.driver().findElement(By.id("account:logout")).click();
      browser.waitUntil(driver -> path(driver.getCurrentUrl()).equals("/login.xhtml"));
      assertThat(endSessionRequestSeen()).as("logout went through the provider").isTrue();

      browser.go("/agent/index.xhtml");
      assertThat(path(browser.driver().getCurrentUrl())).isEqualTo("/login.xhtml");
    }
  }

  @Test
  void requesterComesBackToTheRequestedPage() {
    String username = "sso-" + UUID.randomUUID().toString().substring(0, 8);
    TestIdentityProvider.nextSignIn(username, "Boris Requester", List.of());
    try (Browser browser = Browser.open()) {
      browser.go("/portal/new.xhtml");
      assertThat(path(browser.driver().getCurrentUrl())).isEqualTo("/login.xhtml");

      browser.driver().findElement(By.id("sso")).click();

      browser.waitUntil(driver -> path(driver.getCurrentUrl()).equals("/portal/new.xhtml"));
    }
  }

  @Test
  void buttonSpeaksRussian() {
    try (Browser browser = Browser.open("ru")) {
      browser.go("/login.xhtml");

      assertThat(browser.driver().findElement(By.id("sso")).getText())
          .isEqualTo(Texts.format(Locale.forLanguageTag("ru"), "ui.sso.signIn"));
      browser.screenshot("sso-login-ru");
    }
  }

  /** Whether the provider was asked to end a session, with an ID token hint and a way back. */
  private static boolean endSessionRequestSeen() {
    try {
      RecordedRequest request;
      while ((request = TestIdentityProvider.start().takeRequest(2, TimeUnit.SECONDS)) != null) {
        String url = String.valueOf(request.getPath());
        if (url.contains("/endsession")) {
          return url.contains("id_token_hint=") && url.contains("post_logout_redirect_uri=");
        }
      }
      return false;
    } catch (RuntimeException e) {
      throw new AssertionError("Cannot read the provider's requests", e);
    }
  }

  private static String path(String url) {
    return URI.create(url).getPath();
  }
}
