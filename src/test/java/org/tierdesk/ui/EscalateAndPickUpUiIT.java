package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.Browser;
import org.tierdesk.testing.TierdeskServer;

/**
 * Escalation in real browsers: line 1 escalates a ticket with a reason and what was tried (the
 * dialog insists on both), line 2 finds it under "escalated to my line", reads why and takes it.
 * Screenshots go to {@code target/screenshots/}.
 */
@ExtendWith(TierdeskServer.class)
class EscalateAndPickUpUiIT {

  private static final String SHOTS = "escalate-and-pick-up-";

  @Test
  void lineOneEscalatesLineTwoSeesWhyAndTakesIt() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String reason = "The mailbox database reports corruption " + marker;
    String tried = "Restarted the client and rebuilt the local cache " + marker;
    Api.Answer created =
        Api.as("line1").createTicket("Mailbox cannot be opened " + marker, "Details");
    long id = created.json().getJsonNumber("id").longValue();
    String number = created.json().getString("number");

    try (Browser lineOne = Browser.open()) {
      lineOne.logIn("line1", "line1");
      lineOne.go("/agent/ticket.xhtml?id=" + id);
      WebDriver driver = lineOne.driver();
      driver.findElement(By.id("escalateOpen")).click();
      lineOne.waitUntil(d -> d.findElement(By.id("escalation:reason")).isDisplayed());
      driver.findElement(By.id("escalation:reason")).sendKeys(reason);
      driver.findElement(By.id("escalation:escalateSubmit")).click();
      lineOne.waitForAjax();
      assertThat(driver.findElement(By.id("escalation")).getText())
          .as("the dialog stays open and asks for what was tried")
          .contains(text("error.field.required"));
      assertThat(driver.findElement(By.id("ticketQueue")).getText()).isEqualTo("Service desk");
      lineOne.screenshot(SHOTS + "1-tried-missing");

      driver.findElement(By.id("escalation:tried")).sendKeys(tried);
      driver.findElement(By.id("escalation:escalateSubmit")).click();
      lineOne.waitForText("messages", text("ui.routing.escalated", number));
      assertThat(driver.findElement(By.id("linePath")).getText())
          .contains("Line 1 - Service desk")
          .contains("Line 2 - Specialists");
      lineOne.screenshot(SHOTS + "2-escalated");
    }

    try (Browser lineTwo = Browser.open()) {
      lineTwo.logIn("line2", "line2");
      WebDriver driver = lineTwo.driver();
      WebElement menu = driver.findElement(By.id("navEscalatedToMyLines"));
      assertThat(Integer.parseInt(menu.findElement(By.cssSelector(".td-count")).getText()))
          .isPositive();
      menu.click();
      lineTwo.waitForAjax();
      assertThat(driver.findElement(By.id("queueTitle")).getText())
          .isEqualTo(text("ui.nav.escalatedToMyLines"));
      List<WebElement> links =
          driver.findElements(By.cssSelector("[id='queue:tickets'] a.td-number"));
      WebElement link =
          links.stream()
              .filter(l -> l.getText().equals(number))
              .findFirst()
              .orElseThrow(() -> new AssertionError(number + " is not escalated to line 2"));
      lineTwo.screenshot(SHOTS + "3-escalated-to-my-line");
      link.click();
      lineTwo.waitForAjax();

      assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/agent/ticket.xhtml");
      String timeline = driver.findElement(By.id("timeline")).getText();
      assertThat(timeline).contains(reason).contains(tried).contains(text("ui.field.tried"));
      driver.findElement(By.id("ownership:take")).click();
      lineTwo.waitForAjax();
      assertThat(driver.findElement(By.id("ticketAssignee")).getText()).isEqualTo("Lara Line-Two");
      lineTwo.screenshot(SHOTS + "4-taken");
    }
  }

  /**
   * The routing dialogs load their content when first opened; a transfer (here to the agent
   * themself, the one agent of line 1 in the demo data) goes through one.
   */
  @Test
  void lineOneTransfersATicketToAnotherAgentThroughTheDialog() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    Api.Answer created = Api.as("line1").createTicket("Docking station " + marker, "Details");
    long id = created.json().getJsonNumber("id").longValue();

    try (Browser lineOne = Browser.open()) {
      lineOne.logIn("line1", "line1");
      lineOne.go("/agent/ticket.xhtml?id=" + id);
      WebDriver driver = lineOne.driver();
      assertThat(driver.findElement(By.id("ticketAssignee")).getText())
          .isEqualTo(text("ui.ticket.notAssigned"));
      assertThat(driver.findElements(By.id("transfer:agent")))
          .as("the dialog's content is not rendered before it is opened")
          .isEmpty();

      driver.findElement(By.id("transferOpen")).click();
      lineOne.waitUntil(d -> d.findElement(By.id("transfer:agent")).isDisplayed());
      lineOne.choose("transfer:agent", "Lev Line-One");
      driver.findElement(By.id("transfer:transferComment")).sendKeys("Yours " + marker);
      driver.findElement(By.id("transfer:transferSubmit")).click();
      lineOne.waitForAjax();

      assertThat(driver.findElement(By.id("messages")).getText())
          .contains(text("ui.routing.transferred"));
      assertThat(driver.findElement(By.id("ticketAssignee")).getText()).isEqualTo("Lev Line-One");
      lineOne.screenshot(SHOTS + "5-transferred");
    }
  }

  /**
   * The bell in the top bar counts the unread notifications (line 2's lead is told of every
   * escalation to line 2); marking one read in its list lowers the count at once.
   */
  @Test
  void theBellCountsUnreadNotificationsAndMarkingOneReadLowersIt() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String subject = "Shared drive is read-only " + marker;
    long id =
        Api.as("line1").createTicket(subject, "Details").json().getJsonNumber("id").longValue();
    Api.Answer escalated =
        Api.as("line1")
            .post(
                "/api/v1/tickets/" + id + "/escalations",
                Api.json("reason", "Needs the storage team", "tried", "Mapped the drive again"));
    assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);

    try (Browser lineTwo = Browser.open()) {
      lineTwo.logIn("line2", "line2");
      lineTwo.go("/agent/index.xhtml");
      WebDriver driver = lineTwo.driver();
      int before =
          Integer.parseInt(driver.findElement(By.id("notifications:unreadCount")).getText());
      assertThat(before).isPositive();

      driver.findElement(By.id("notifications:bellButton")).click();
      WebElement ours =
          firstShown(lineTwo, ".td-notification", li -> li.getText().contains(subject));
      lineTwo.screenshot(SHOTS + "6-bell");
      ours.findElement(By.linkText(text("ui.notifications.markRead"))).click();
      lineTwo.waitForAjax();

      List<WebElement> count = driver.findElements(By.id("notifications:unreadCount"));
      if (before == 1) {
        assertThat(count).as("no count once nothing is unread").isEmpty();
      } else {
        assertThat(Integer.parseInt(count.get(0).getText())).isEqualTo(before - 1);
      }
      assertThat(Api.as("line2").get("/api/v1/notifications").body()).doesNotContain(subject);
    }
  }

  /** Waits for the first shown element of {@code css} that matches, as list items appear. */
  private static WebElement firstShown(Browser browser, String css, Predicate<WebElement> matches) {
    return browser.waitUntil(
        d ->
            d.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed)
                .filter(matches)
                .findFirst()
                .orElse(null));
  }

  private static String text(String key, Object... arguments) {
    return Texts.format(Locale.ENGLISH, key, arguments);
  }
}
