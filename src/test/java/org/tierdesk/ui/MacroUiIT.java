package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.testing.Api.json;

import jakarta.json.Json;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.Browser;
import org.tierdesk.testing.TierdeskServer;

/**
 * The agent's ticket page with a canned response and a macro: the response is filled in for the
 * requester in the reply box, and the macro's reply, tag, priority and status show at once.
 * Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(TierdeskServer.class)
class MacroUiIT {

  private static final String SHOTS = "macro-";

  @Test
  void anAgentInsertsACannedResponseAndAppliesAMacro() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String responseTitle = "Screenshot please " + marker;
    String macroName = "Waiting for details " + marker;
    Api.Answer response =
        Api.as("line1")
            .post(
                "/api/v1/canned-responses",
                json(
                    "title",
                    responseTitle,
                    "bodyEn",
                    "Dear {requester.name}, please send a screenshot of {ticket.number}."));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    Api.Answer macro =
        Api.as("line1")
            .post(
                "/api/v1/macros",
                json(
                    "name",
                    macroName,
                    "replyText",
                    "We need more details on {ticket.number}, {requester.name}.",
                    "status",
                    "WAITING_FOR_REQUESTER",
                    "priority",
                    "HIGH",
                    "addTags",
                    Json.createArrayBuilder().add("needs-" + marker).build()));
    assertThat(macro.status()).as(macro.toString()).isEqualTo(201);
    Api.Answer created =
        Api.as("employee")
            .post(
                "/api/v1/tickets",
                json("subject", "Report crashes " + marker, "description", "It crashes"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    String number = created.json().getString("number");

    try (Browser agent = Browser.open()) {
      agent.logIn("line1", "line1");
      agent.go("/agent/ticket.xhtml?id=" + id);
      WebDriver driver = agent.driver();

      // Inserting a response empties the menu again; the pick shows in the reply box.
      agent.choose(
          "reply:cannedResponse",
          responseTitle,
          d -> !d.findElement(By.id("reply:body")).getAttribute("value").isEmpty());
      assertThat(driver.findElement(By.id("reply:body")).getAttribute("value"))
          .isEqualTo("Dear Elena Employee, please send a screenshot of " + number + ".");
      agent.screenshot(SHOTS + "1-canned-response");

      agent.choose("kitMacro:macro", macroName);
      driver.findElement(By.id("kitMacro:applyMacro")).click();
      agent.waitForAjax();
      assertThat(messageContaining(agent, text("ui.kit.macroApplied", number))).isTrue();
      assertThat(driver.findElement(By.id("ticketStatus")).getText())
          .isEqualTo(text("status.WAITING_FOR_REQUESTER"));
      assertThat(driver.findElement(By.id("kitTags")).getText()).contains("needs-" + marker);
      String timeline = driver.findElement(By.id("timeline")).getText();
      assertThat(timeline)
          .contains(text("ui.timeline.macro", macroName))
          .contains("We need more details on " + number + ", Elena Employee.")
          .contains(text("ui.timeline.tag", "needs-" + marker));
      agent.screenshot(SHOTS + "2-applied");

      // The timer puts the minutes into the field (at least one), and they are logged.
      driver.findElement(By.id("kitTime:timer")).click();
      assertThat(driver.findElement(By.id("kitTime:timer")).getText())
          .isEqualTo(text("ui.kit.stopTimer"));
      driver.findElement(By.id("kitTime:timer")).click();
      assertThat(driver.findElement(By.id("kitTime:minutes_input")).getAttribute("value"))
          .isEqualTo("1");
      driver.findElement(By.id("kitTime:logTime")).click();
      agent.waitForAjax();
      assertThat(driver.findElement(By.id("timeTotal")).getText())
          .contains(text("ui.kit.minutesOnly", 1));

      // The management page lists the agent's own response and macro.
      agent.go("/agent/kit.xhtml");
      assertThat(driver.findElement(By.id("kitTabs:responses")).getText()).contains(responseTitle);
      driver.findElement(By.linkText(text("ui.kit.macros"))).click();
      agent.waitUntil(d -> d.findElement(By.id("kitTabs:macros")).isDisplayed());
      assertThat(driver.findElement(By.id("kitTabs:macros")).getText()).contains(macroName);
      agent.screenshot(SHOTS + "3-management");
    }
    assertThat(Api.as("line1").get("/api/v1/tickets/" + id).json().getString("priority"))
        .isEqualTo("HIGH");
  }

  @Test
  void anAgentWritesACannedResponseAndMergesADuplicate() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String title = "Known outage " + marker;
    long duplicate = openAsEmployee("Mail is down " + marker);
    long original = openAsEmployee("Mail server outage " + marker);
    String originalNumber =
        Api.as("line1").get("/api/v1/tickets/" + original).json().getString("number");

    try (Browser agent = Browser.open()) {
      agent.logIn("line1", "line1");
      agent.go("/agent/kit.xhtml");
      WebDriver driver = agent.driver();
      driver.findElement(By.id("kitTabs:responses:newResponse")).click();
      agent.waitUntil(d -> d.findElement(By.id("responseForm:title")).isDisplayed());
      driver.findElement(By.id("responseForm:title")).sendKeys(title);
      driver.findElement(By.id("responseForm:bodyEn")).sendKeys("Dear {requester.nick}");
      driver.findElement(By.id("responseForm:saveResponse")).click();
      agent.waitForAjax();
      assertThat(driver.findElement(By.id("responseForm")).getText())
          .as("the dialog stays open and names the unknown placeholder")
          .contains("{requester.nick}");
      driver.findElement(By.id("responseForm:bodyEn")).clear();
      driver
          .findElement(By.id("responseForm:bodyEn"))
          .sendKeys("Dear {requester.name}, we know about the outage.");
      driver.findElement(By.id("responseForm:bodyRu")).sendKeys("Мы знаем о сбое.");
      driver.findElement(By.id("responseForm:saveResponse")).click();
      agent.waitForAjax();
      agent.waitUntil(d -> !d.findElement(By.id("responseForm")).isDisplayed());
      assertThat(driver.findElement(By.id("kitTabs:responses")).getText()).contains(title);
      agent.screenshot(SHOTS + "4-response-saved");

      agent.go("/agent/ticket.xhtml?id=" + duplicate);
      driver.findElement(By.id("kitMerge:target")).sendKeys(originalNumber);
      driver.findElement(By.id("kitMerge:merge")).click();
      agent.waitUntil(d -> d.findElement(By.id("kitMerge:mergeYes")).isDisplayed());
      driver.findElement(By.id("kitMerge:mergeYes")).click();
      agent.waitForAjax();
      assertThat(driver.findElement(By.id("ticketStatus")).getText())
          .isEqualTo(text("status.CLOSED"));
      assertThat(driver.findElement(By.id("links")).getText()).contains(originalNumber);
      assertThat(driver.findElement(By.id("timeline")).getText())
          .contains(text("ui.timeline.link.mergedInto", originalNumber));
      agent.screenshot(SHOTS + "5-merged");
    }
  }

  private static long openAsEmployee(String subject) {
    Api.Answer created =
        Api.as("employee")
            .post("/api/v1/tickets", json("subject", subject, "description", "Details"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static String text(String key, Object... arguments) {
    return Texts.format(Locale.ENGLISH, key, arguments);
  }

  /** Waits for the page's messages to show the text (a partial update may still be on its way). */
  private static boolean messageContaining(Browser browser, String expected) {
    return browser.waitUntil(d -> d.findElement(By.id("messages")).getText().contains(expected));
  }
}
