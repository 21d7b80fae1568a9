package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.testing.Browser;
import org.tierdesk.testing.TierdeskServer;

/**
 * The login page in a real browser: it speaks the browser's language, lets a person in, sends each
 * role to its home and keeps a protected address for after the login.
 */
@ExtendWith(TierdeskServer.class)
class LoginUiIT {

  @Test
  void speaksEnglish() {
    try (Browser browser = Browser.open("en")) {
      browser.go("/login.xhtml");

      assertThat(heading(browser.driver())).contains(text("en", "ui.login.title"));
      assertThat(browser.driver().findElement(By.id("login:submit")).getText())
          .isEqualTo(text("en", "ui.login.submit"));
      browser.screenshot("login-en");
    }
  }

  @Test
  void speaksRussian() {
    try (Browser browser = Browser.open("ru")) {
      browser.go("/login.xhtml");

      assertThat(heading(browser.driver())).contains(text("ru", "ui.login.title"));
      assertThat(browser.driver().findElement(By.id("login:submit")).getText())
          .isEqualTo(text("ru", "ui.login.submit"));
      browser.screenshot("login-ru");
    }
  }

  @Test
  void requesterLandsInThePortalAndAgentInTheConsole() {
    try (Browser browser = Browser.open()) {
      browser.logIn("employee", "employee");
      assertThat(path(browser.driver())).isEqualTo("/portal/index.xhtml");
    }
    try (Browser browser = Browser.open()) {
      browser.logIn("line1", "line1");
      assertThat(path(browser.driver())).isEqualTo("/agent/index.xhtml");
    }
  }

  @Test
  void protectedPageAsksForLoginAndComesBackAfterIt() {
    try (Browser browser = Browser.open()) {
      browser.go("/agent/index.xhtml");
      assertThat(path(browser.driver())).isEqualTo("/login.xhtml");

      browser.submitLogin("line2", "line2");

      assertThat(path(browser.driver())).isEqualTo("/agent/index.xhtml");
    }
  }

  @Test
  void wrongPasswordKeepsThePersonOutWithAMessage() {
    try (Browser browser = Browser.open()) {
      browser.logIn("line3", "wrong-password");

      assertThat(path(browser.driver())).isEqualTo("/login.xhtml");
      assertThat(browser.driver().getPageSource()).contains(text("en", "ui.login.failed"));
      browser.screenshot("login-failed");
    }
  }

  private static String heading(WebDriver driver) {
    return driver.findElement(By.tagName("h1")).getText();
  }

  private static String path(WebDriver driver) {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  private static String text(String language, String key) {
    return Texts.format(Locale.forLanguageTag(language), key);
  }
}
