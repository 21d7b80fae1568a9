package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.Browser;
import org.tierdesk.testing.TierdeskServer;

/**
 * Lines console in real browsers: an admin creates a queue and an intake rule on the admin screens
 * (a missing line is named next to its field) and new tickets follow the rule; two agents on one
 * ticket see each other, and a reply composed while the other agent answered warns before it is
 * sent, keeps the typed text and goes out after a reload. Screenshots in {@code
 * target/screenshots/}.
 */
@ExtendWith(TierdeskServer.class)
class LinesConsoleUiIT {

  private static final String SHOTS = "lines-console-";

  @Test
  void anAdminCreatesAQueueAndARuleThatNewTicketsFollow() {
    String token = "ui" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String code = token.toUpperCase(Locale.ROOT);
    try (Browser admin = Browser.open()) {
      admin.logIn("admin", "admin");
      WebDriver driver = admin.driver();
      admin.go("/admin/queues.xhtml");
      driver.findElement(By.id("queues:new")).click();
      admin.waitForAjax();
      driver.findElement(By.id("queues:code")).sendKeys(code);
      choose(admin, "queues:line", "L2");
      driver.findElement(By.id("queues:nameEn")).sendKeys("Databases " + token);
      driver.findElement(By.id("queues:nameRu")).sendKeys("Базы данных " + token);
      choose(admin, "queues:strategy", "LEAST_LOADED");
      driver.findElement(By.id("queues:save")).click();
      admin.waitForAjax();
      assertThat(driver.findElement(By.id("messages")).getText())
          .contains(text("ui.admin.saved", "Databases " + token));
      assertThat(driver.findElement(By.id("queues:list")).getText()).contains(code);
      admin.screenshot(SHOTS + "1-queue");

      admin.go("/admin/rules.xhtml");
      driver.findElement(By.id("rules:new")).click();
      admin.waitForAjax();
      driver.findElement(By.id("rules:name")).sendKeys("Databases " + token);
      driver.findElement(By.id("rules:keywords")).sendKeys(token + ", replica " + token);
      driver.findElement(By.id("rules:save")).click();
      admin.waitForAjax();
      assertThat(driver.findElement(By.id("rules:editor")).getText())
          .as("the missing line is named next to its field")
          .contains(text("error.field.required"));
      admin.screenshot(SHOTS + "2-rule-without-line");

      choose(admin, "rules:line", "L2");
      choose(admin, "rules:queue", code);
      choose(admin, "rules:priority", "HIGH");
      driver.findElement(By.id("rules:save")).click();
      admin.waitForAjax();
      assertThat(driver.findElement(By.id("messages")).getText())
          .contains(text("ui.admin.saved", "Databases " + token));
      assertThat(driver.findElement(By.id("rules:list")).getText()).contains("Databases " + token);
      admin.screenshot(SHOTS + "3-rule");
    }

    Api.Answer ticket =
        Api.as("employee")
            .post("/api/v1/tickets", json("subject", "Slow " + token, "description", "Very slow"));
    assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
    assertThat(ticket.json().getString("line")).isEqualTo("L2");
    assertThat(ticket.json().getString("queue")).isEqualTo(code);
    assertThat(ticket.json().getString("priority")).isEqualTo("HIGH");
    Api.Answer audit = Api.as("admin").get("/api/v1/admin/routing-audit?max=50");
    assertThat(audit.body()).contains(code).contains("Databases " + token);
  }

  @Test
  void twoAgentsSeeEachOtherAndAStaleReplyWarnsBeforeSending() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    Api.Answer created =
        Api.as("employee").createTicket("Laptop will not boot " + marker, "Black screen");
    long id = created.json().getJsonNumber("id").longValue();
    String typed = "Please hold the power button for ten seconds " + marker;

    try (Browser lineOne = Browser.open();
        Browser lineTwo = Browser.open()) {
      lineOne.logIn("line1", "line1");
      lineOne.go("/agent/ticket.xhtml?id=" + id);
      lineTwo.logIn("line2", "line2");
      lineTwo.go("/agent/ticket.xhtml?id=" + id);
      assertThat(lineTwo.driver().findElement(By.id("presenceNames")).getText())
          .contains("Lev Line-One");
      // Lev's page hears of Lara with its next heartbeat (every ten seconds).
      new WebDriverWait(lineOne.driver(), Duration.ofSeconds(25))
          .until(
              d ->
                  d.findElements(By.id("presenceNames")).stream()
                      .anyMatch(e -> e.getText().contains("Lara Line-Two")));
      lineOne.screenshot(SHOTS + "4-presence");

      WebDriver driver = lineOne.driver();
      driver.findElement(By.id("reply:body")).sendKeys(typed);
      // Meanwhile Lara answers.
      Api.Answer answer =
          Api.as("line2")
              .post(
                  "/api/v1/tickets/" + id + "/replies",
                  json("body", "Is the charger connected? " + marker, "internal", false));
      assertThat(answer.status()).as(answer.toString()).isEqualTo(201);

      driver.findElement(By.id("reply:send")).click();
      lineOne.waitForAjax();
      lineOne.waitUntil(d -> d.findElement(By.id("reply:collisionDialog")).isDisplayed());
      // Only what changed since Lev opened the page, not the request he has already seen.
      assertThat(driver.findElement(By.id("reply:collisionList")).getText())
          .contains("Lara Line-Two")
          .doesNotContain("Elena Employee");
      lineOne.screenshot(SHOTS + "5-collision");

      driver.findElement(By.id("reply:reloadTicket")).click();
      lineOne.waitForAjax();
      lineOne.waitUntil(d -> !d.findElement(By.id("reply:collisionDialog")).isDisplayed());
      assertThat(driver.findElement(By.id("timeline")).getText())
          .contains("Is the charger connected? " + marker);
      assertThat(driver.findElement(By.id("reply:body")).getAttribute("value")).isEqualTo(typed);

      driver.findElement(By.id("reply:send")).click();
      lineOne.waitForText("timeline", typed);
      lineOne.waitForAjax();
      assertThat(driver.findElement(By.id("messages")).getText()).contains(text("ui.reply.sent"));
      lineOne.screenshot(SHOTS + "6-sent");
    }
  }

  @Test
  void everyRoutingAdminScreenOpensAndEditsInRussian() {
    Locale russian = Locale.forLanguageTag("ru");
    try (Browser admin = Browser.open("ru")) {
      admin.logIn("admin", "admin");
      WebDriver driver = admin.driver();
      String[][] screens = {
        {"lines", "ui.admin.lines.title", "ui.admin.lines.idleMinutes"},
        {"queues", "ui.admin.queues.title", "ui.admin.queues.strategy"},
        {"agents", "ui.admin.agents.title", "ui.admin.agents.capacity"},
        {"categories", "ui.admin.categories.title", "ui.admin.categories.defaultLine"},
        {"rules", "ui.admin.rules.title", "ui.admin.rules.orgUnit"},
      };
      for (String[] screen : screens) {
        admin.go("/admin/" + screen[0] + ".xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText())
            .isEqualTo(Texts.format(russian, screen[1]));
        // The first item, or a new one where the list is empty (rules, after other tests).
        driver.findElements(By.cssSelector("[id$=':edit']")).stream()
            .findFirst()
            .orElseGet(() -> driver.findElement(By.id(screen[0] + ":new")))
            .click();
        admin.waitForAjax();
        assertThat(driver.findElement(By.id(screen[0] + ":editor")).getText())
            .contains(Texts.format(russian, screen[2]));
        admin.screenshot(SHOTS + "7-admin-" + screen[0]);
      }
      // Saving an unchanged agent works and is confirmed.
      admin.go("/admin/agents.xhtml");
      driver.findElements(By.cssSelector("[id$=':edit']")).get(0).click();
      admin.waitForAjax();
      driver.findElement(By.id("agents:save")).click();
      admin.waitForAjax();
      assertThat(driver.findElement(By.id("messages")).getText()).isNotBlank();
      assertThat(driver.findElement(By.id("agents:editor")).getText())
          .doesNotContain(Texts.format(russian, "error.field.required"));
    }
  }

  /**
   * Picks a value of a PrimeFaces select menu through its widget; selectValue is silent, so the
   * change (and the menu's AJAX behaviour) is triggered as a person's choice would.
   */
  private static void choose(Browser browser, String id, String value) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var w = PrimeFaces.getWidgetById(arguments[0]); w.selectValue(arguments[1]);"
                + " w.input.trigger('change');",
            id,
            value);
    browser.waitForAjax();
  }

  private static String text(String key, Object... arguments) {
    return Texts.format(Locale.ENGLISH, key, arguments);
  }
}
