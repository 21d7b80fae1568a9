package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.tierdesk.platform.i18n.Texts;
import org.tierdesk.testing.Browser;
import org.tierdesk.testing.TierdeskServer;

/**
 * The foundation's story in a real browser: an employee asks for help in the portal with a log file
 * attached, an agent of line 1 finds the ticket in the queue and answers, and the employee reads
 * the answer. Each person uses a browser of their own, as they would; screenshots of every step go
 * to {@code target/screenshots/}.
 */
@ExtendWith(TierdeskServer.class)
class PortalToAgentUiIT {

  private static final String SHOTS = "portal-to-agent-";

  @Test
  void employeeAsksAgentAnswersEmployeeReads() throws IOException {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String subject = "Mail client freezes when opening attachments " + marker;
    String answer = "Please update the mail client to 2.4 and try again (" + marker + ").";
    Path logFile = Files.createTempFile("mail-client-", ".log");
    String logContent = "2026-05-04 10:00:01 ERROR attachment preview crashed " + marker + "\n";
    Files.writeString(logFile, logContent, StandardCharsets.UTF_8);

    String number;
    try (Browser employee = Browser.open()) {
      employee.logIn("employee", "employee");
      employee.screenshot(SHOTS + "1-portal");
      number = submitTicket(employee, subject, logFile);
      employee.screenshot(SHOTS + "2-ticket-created");
    }

    try (Browser agent = Browser.open()) {
      agent.logIn("line1", "line1");
      assertThat(path(agent.driver())).isEqualTo("/agent/index.xhtml");
      WebElement row = queueLink(agent, number);
      assertThat(rowText(row)).contains(subject);
      agent.screenshot(SHOTS + "3-queue");

      row.click();
      agent.waitForAjax();
      assertThat(agent.driver().findElement(By.id("ticketNumber")).getText()).isEqualTo(number);
      assertThat(timeline(agent)).contains(logFile.getFileName().toString());
      agent.driver().findElement(By.id("reply:body")).sendKeys(answer);
      agent.screenshot(SHOTS + "4-agent-replying");
      agent.driver().findElement(By.id("reply:send")).click();
      // The agent page first checks (AJAX) whether someone changed the ticket, then sends.
      agent.waitForText("messages", text("ui.reply.sent"));
      agent.waitForAjax();

      assertThat(messages(agent)).contains(text("ui.reply.sent"));
      assertThat(timeline(agent)).contains(answer);
      assertThat(agent.driver().findElement(By.id("ticketStatus")).getText())
          .isEqualTo(text("status.IN_PROGRESS"));
      agent.screenshot(SHOTS + "5-agent-replied");
    }

    try (Browser employee = Browser.open()) {
      employee.logIn("employee", "employee");
      openFromMyTickets(employee, number);
      employee.waitForAjax();

      assertThat(path(employee.driver())).isEqualTo("/portal/ticket.xhtml");
      assertThat(timeline(employee)).contains(answer);
      assertThat(download(employee, logFile.getFileName().toString())).isEqualTo(logContent);
      employee.screenshot(SHOTS + "6-employee-reads-answer");
    }
  }

  /** Submits a ticket in the portal and returns its number as the portal shows it. */
  private static String submitTicket(Browser browser, String subject, Path file) {
    WebDriver driver = browser.driver();
    driver.findElement(By.id("navNewTicket")).click();
    browser.waitForAjax();
    driver.findElement(By.id("ticket:subject")).sendKeys(subject);
    driver
        .findElement(By.id("ticket:description"))
        .sendKeys("Since this morning the mail client freezes.\nThe log is attached.");
    driver.findElement(By.id("ticket:environment_os")).sendKeys("Windows 11");
    driver.findElement(By.id("ticket:environment_application")).sendKeys("Mail client");
    driver.findElement(By.id("ticket:files_input")).sendKeys(file.toAbsolutePath().toString());
    browser.screenshot(SHOTS + "1b-new-ticket-filled");
    browser.submitPage("ticket:submit");

    assertThat(path(driver)).isEqualTo("/portal/ticket.xhtml");
    String number = driver.findElement(By.id("ticketNumber")).getText();
    assertThat(number).matches("TD-\\d+");
    assertThat(messages(browser)).contains(text("ui.newTicket.created", number));
    assertThat(driver.findElement(By.id("ticketSubject")).getText()).isEqualTo(subject);
    assertThat(timeline(browser)).contains(file.getFileName().toString());
    return number;
  }

  /** The ticket's link in the queue; newest changes come first, so a new ticket is on page one. */
  private static WebElement queueLink(Browser browser, String number) {
    List<WebElement> links =
        browser.driver().findElements(By.cssSelector("[id='queue:tickets'] a.td-number"));
    return links.stream()
        .filter(link -> link.getText().equals(number))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    number
                        + " is not in the queue: "
                        + links.stream().map(WebElement::getText).toList()));
  }

  /**
   * Clicks a ticket in the employee's own list. The list shows the latest change first, and the SLA
   * tests on the shared test server leave tickets of this employee changed at shifted, later
   * application times: when the ticket is not on the first page, the list is sorted by the number
   * column (each click of its header changes the order) until it is.
   */
  private static void openFromMyTickets(Browser browser, String number) {
    WebDriver driver = browser.driver();
    By numberHeader =
        By.xpath(
            "//*[@id='mine:tickets']//th[contains(@class,'ui-sortable-column')]"
                + "[.//*[normalize-space()='"
                + text("ui.ticket.number")
                + "']]");
    for (int i = 0; i < 3 && driver.findElements(By.linkText(number)).isEmpty(); i++) {
      driver.findElement(numberHeader).click();
      browser.waitForAjax();
    }
    driver.findElement(By.linkText(number)).click();
  }

  private static String rowText(WebElement link) {
    return link.findElement(By.xpath("ancestor::tr")).getText();
  }

  /** Fetches an attachment through the link on the page, with the browser's session. */
  private static String download(Browser browser, String fileName) {
    String href = browser.driver().findElement(By.linkText(fileName)).getAttribute("href");
    Object content =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.ok ? r.text() : 'HTTP ' + r.status)"
                    + ".then(done, e => done('failed: ' + e));",
                href);
    return String.valueOf(content);
  }

  private static String timeline(Browser browser) {
    return browser.driver().findElement(By.id("timeline")).getText();
  }

  private static String messages(Browser browser) {
    return browser.driver().findElement(By.id("messages")).getText();
  }

  private static String path(WebDriver driver) {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  private static String text(String key, Object... arguments) {
    return Texts.format(Locale.ENGLISH, key, arguments);
  }
}
