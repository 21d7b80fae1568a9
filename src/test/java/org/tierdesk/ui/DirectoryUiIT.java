package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.Browser;
import org.tierdesk.testing.TierdeskServer;

/**
 * The company directory in a real browser: a directory account signs in through the login form, and
 * an administrator from the directory runs a sync and maps a group on the directory screen.
 */
@ExtendWith(TierdeskServer.class)
class DirectoryUiIT {

  @Test
  void aDirectoryAdminSignsInThroughTheFormSynchronisesAndMapsAGroup() {
    try (Browser browser = Browser.open("en")) {
      browser.logIn("olga", "olga-pass");
      assertThat(path(browser.driver())).isNotEqualTo("/login.xhtml");

      browser.go("/admin/directory.xhtml");
      WebDriver driver = browser.driver();
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo(text("en", "ui.directory.title"));
      assertThat(driver.findElement(By.id("people:table")).getText())
          .contains("Olga Smirnova")
          .contains(text("en", "ui.directory.source.LDAP"));

      driver.findElement(By.id("sync:now")).click();
      browser.waitForAjax();
      browser.waitUntil(
          d ->
              !d.findElement(By.id("sync:report"))
                  .getText()
                  .contains(text("en", "ui.directory.sync.outcome.RUNNING")));
      assertThat(driver.findElement(By.id("sync:report")).getText())
          .containsIgnoringCase(text("en", "ui.directory.sync.counts"))
          .contains("employee");
      browser.screenshot("directory-en");

      driver.findElement(By.id("mappings:new")).click();
      browser.waitForAjax();
      driver.findElement(By.id("mappings:groupName")).sendKeys("HD-Interns");
      driver.findElement(By.id("mappings:save")).click();
      browser.waitForAjax();
      assertThat(driver.findElement(By.id("mappings:list")).getText()).contains("HD-Interns");
      browser.screenshot("directory-mapping-saved");
    }
  }

  @Test
  void theDirectoryScreenSpeaksRussian() {
    try (Browser browser = Browser.open("ru")) {
      browser.logIn("admin", "admin");
      browser.go("/admin/directory.xhtml");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText())
          .isEqualTo(text("ru", "ui.directory.title"));
      browser.screenshot("directory-ru");
    }
  }

  @Test
  void aRequesterReadsTheirDepartmentsTicketsInThePortalWhereConfigured() {
    String subject = "Invoice export " + java.util.UUID.randomUUID().toString().substring(0, 8);
    Api alice = Api.as("alice", "alice-pass");
    assertThat(
            alice
                .post("/api/v1/tickets", Api.json("subject", subject, "description", "Fails"))
                .status())
        .isEqualTo(201);
    String setting = "/api/v1/test-support/department-tickets";
    Api.as("admin")
        .send(
            Api.as("admin")
                .request(setting)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\":true}")));
    try (Browser browser = Browser.open("en")) {
      browser.logIn("emma", "emma-pass");
      browser.go("/portal/index.xhtml");
      WebDriver driver = browser.driver();
      assertThat(driver.findElement(By.id("mine:tickets")).getText()).doesNotContain(subject);
      assertThat(driver.findElement(By.id("department:tickets")).getText())
          .contains(subject)
          .contains("Alice Moreau");
      browser.screenshot("portal-department");
      driver.findElement(By.linkText(subject)).click();
      browser.waitForAjax();
      assertThat(driver.getPageSource()).contains(subject);
      assertThat(driver.findElements(By.cssSelector("textarea"))).as("no reply form").isEmpty();
    } finally {
      Api.as("admin").send(Api.as("admin").request(setting).DELETE());
    }
  }

  private static String path(WebDriver driver) {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  private static String text(String language, String key) {
    return Texts.format(Locale.forLanguageTag(language), key);
  }
}
