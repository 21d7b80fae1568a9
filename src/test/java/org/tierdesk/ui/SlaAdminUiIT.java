package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.Browser;
import org.tierdesk.testing.TierdeskServer;

/**
 * The SLA screens in a real browser: an admin previews due times for a Moscow calendar with a lunch
 * break (computed by hand below), and an agent sees the first-response countdown of a demo ticket.
 * Screenshots go to {@code <build dir>/screenshots/}.
 */
@ExtendWith(TierdeskServer.class)
class SlaAdminUiIT {

  private static final String SHOTS = "sla-admin-";

  /**
   * Europe/Moscow (UTC+3 all year), Mon–Fri 09:00–13:00 and 14:00–18:00, from Wednesday 6 January
   * 2027 14:30 Moscow time (11:30 UTC). First response 4 h: 3 h 30 min on Wednesday, 30 min on
   * Thursday → Thu 09:30 (06:30 UTC). Next response 8 h: 3 h 30 min Wednesday, then 4 h 30 min on
   * Thursday, across the lunch break → Thu 14:30 (11:30 UTC). Resolution 24 h: 3 h 30 min
   * Wednesday, 8 h Thursday, 8 h Friday, 4 h 30 min on Monday → Mon 11 January 14:30 (11:30 UTC).
   */
  @Test
  void adminPreviewsDueTimesOfAMoscowCalendarWithALunchBreak() {
    try (Browser admin = Browser.open()) {
      admin.logIn("admin", "admin");
      admin.go("/admin/sla-preview.xhtml");
      WebDriver driver = admin.driver();

      admin.choose("preview:calendar_zone", "Europe/Moscow");
      List<WebElement> mondaySlots = slots(driver, "MON");
      type(mondaySlots.get(0), "09:00-13:00");
      if (mondaySlots.size() < 2) {
        driver
            .findElement(By.id("preview:calendar_week_MON"))
            .findElement(By.cssSelector("button[id$='addSlot']"))
            .click();
        admin.waitForAjax();
        mondaySlots = slots(driver, "MON");
      }
      type(mondaySlots.get(1), "14:00-18:00");
      driver.findElement(By.id("preview:copyMonday")).click();
      admin.waitForAjax();
      assertThat(slotTexts(driver, "FRI")).containsExactly("09:00-13:00", "14:00-18:00");
      assertThat(slots(driver, "SAT")).isEmpty();

      type(driver.findElement(By.id("preview:targets_firstResponse")), "4");
      type(driver.findElement(By.id("preview:targets_firstResponse_minutes")), "0");
      type(driver.findElement(By.id("preview:targets_nextResponse")), "8");
      type(driver.findElement(By.id("preview:targets_nextResponse_minutes")), "0");
      type(driver.findElement(By.id("preview:targets_resolution")), "24");
      type(driver.findElement(By.id("preview:targets_resolution_minutes")), "0");
      typeDate(admin, "preview:start_input", "2027-01-06 14:30");
      admin.choose("preview:startZone", "Europe/Moscow");
      admin.screenshot(SHOTS + "1-preview-filled");

      driver.findElement(By.id("preview:compute")).click();
      admin.waitForAjax();
      admin.screenshot(SHOTS + "2-preview-result");

      List<String> utc = texts(driver, ".td-due-utc");
      assertThat(utc)
          .containsExactly("2027-01-07T06:30:00Z", "2027-01-07T11:30:00Z", "2027-01-11T11:30:00Z");
      assertThat(texts(driver, ".td-due-local"))
          .containsExactly("Thu 2027-01-07 09:30", "Thu 2027-01-07 14:30", "Mon 2027-01-11 14:30");
    }
  }

  @Test
  void aBadSlotIsReportedOnItsDay() {
    try (Browser admin = Browser.open()) {
      admin.logIn("admin", "admin");
      admin.go("/admin/sla-preview.xhtml");
      WebDriver driver = admin.driver();
      type(slots(driver, "TUE").get(0), "9-13");
      typeDate(admin, "preview:start_input", "2027-01-06 14:30");
      driver.findElement(By.id("preview:compute")).click();
      admin.waitForAjax();

      String invalid = Texts.format(Locale.ENGLISH, "sla.slot.invalid", "9-13");
      assertThat(dayRow(driver, "TUE").getText()).contains(invalid);
      assertThat(dayRow(driver, "MON").getText()).doesNotContain(invalid);
      admin.screenshot(SHOTS + "4-preview-bad-slot");
      assertThat(driver.findElements(By.cssSelector(".td-due-utc"))).isEmpty();
    }
  }

  @Test
  void agentSeesTheFirstResponseCountdownOfANewTicket() {
    // A ticket of this test's own: what other tests did to the demo tickets (answered, escalated,
    // breached by a shifted clock) must not decide what this one shows.
    Api.Answer created =
        Api.as("employee")
            .post(
                "/api/v1/tickets",
                Api.json(
                    "subject", "Countdown check " + UUID.randomUUID(), "description", "Details"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String number = created.json().getString("number");
    try (Browser agent = Browser.open()) {
      agent.logIn("line1", "line1");
      agent.go("/agent/index.xhtml");
      agent.driver().findElement(By.linkText(number)).click();
      agent.waitForAjax();

      WebElement badge = agent.driver().findElement(By.id("sla-FIRST_RESPONSE"));
      String firstResponse = Texts.format(Locale.ENGLISH, "sla.metric.FIRST_RESPONSE");
      assertThat(badge.getText()).startsWith(firstResponse + ": ").contains("due ");
      assertThat(badge.findElement(By.cssSelector(".td-sla")).getAttribute("class"))
          .containsAnyOf("td-sla-GREEN", "td-sla-AMBER", "td-sla-RED");
      agent.screenshot(SHOTS + "3-agent-ticket-badges");
    }
  }

  private static List<WebElement> slots(WebDriver driver, String day) {
    return driver
        .findElement(By.id("preview:calendar_week_" + day))
        .findElements(By.cssSelector("input.td-slot-input"));
  }

  /** A weekday's row of the slot editor: its label, slots and message. */
  private static WebElement dayRow(WebDriver driver, String day) {
    return driver.findElement(By.id("preview:calendar_week_" + day)).findElement(By.xpath(".."));
  }

  private static List<String> slotTexts(WebDriver driver, String day) {
    return slots(driver, day).stream().map(e -> e.getAttribute("value")).toList();
  }

  private static List<String> texts(WebDriver driver, String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  /**
   * Types into a date picker's field and closes its panel, until the field shows the text: on a
   * busy machine the panel, opening while the keys arrive, can put its own date back.
   */
  private static void typeDate(Browser browser, String id, String text) {
    browser.waitUntil(
        d -> {
          WebElement input = d.findElement(By.id(id));
          if (text.equals(input.getAttribute("value"))) {
            return true;
          }
          type(input, text);
          input.sendKeys(Keys.ESCAPE);
          return false;
        });
  }
}
