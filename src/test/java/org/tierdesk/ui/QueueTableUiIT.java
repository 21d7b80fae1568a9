package org.tierdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.tierdesk.testing.Api;
import org.tierdesk.testing.Browser;
import org.tierdesk.testing.TierdeskServer;

/**
 * The agent's queue table in a real browser: filtered, paged and sorted through AJAX requests. Its
 * rows are kept for the response that shows them only ({@link ResponseRowsModel}), so every such
 * request reads its page anew, and the views an agent has opened keep no rows in the session.
 */
@ExtendWith(TierdeskServer.class)
class QueueTableUiIT {

  private static final String TABLE = "[id='queue:tickets']";
  private static final String ROW_NUMBERS = TABLE + " tbody a.td-number";
  private static final String TICKET_VIEW = "org.tierdesk.ticket.boundary.TicketView";
  private static final int TICKETS = 23;
  private static final int PAGE = 20;

  @Test
  void theQueueIsFilteredPagedAndSortedThroughItsTable() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    List<String> numbers = newTickets("Paging check " + marker, TICKETS);
    List<String> ascending =
        numbers.stream().sorted(Comparator.comparingLong(QueueTableUiIT::numeric)).toList();

    try (Browser agent = Browser.open()) {
      agent.logIn("line1", "line1");
      agent.go("/agent/index.xhtml");
      WebDriver driver = agent.driver();
      driver.findElement(By.id("queue:text")).sendKeys(marker);
      // The field searches 400 ms after a key is released, so a search for the first characters
      // may answer before the whole marker's: its newest 20 rows are already the marker's tickets
      // (the newest), but its count is of everything those characters match.
      agent.waitUntil(
          d ->
              report(d).equals("1–20 of 23")
                  && shown(d).size() == PAGE
                  && numbers.containsAll(shown(d)));
      List<String> firstPage = shown(driver);

      driver.findElement(By.cssSelector(TABLE + " .ui-paginator-next")).click();
      agent.waitUntil(d -> shown(d).size() == TICKETS - PAGE);
      assertThat(report(driver)).isEqualTo("21–23 of 23");
      List<String> both = new ArrayList<>(firstPage);
      both.addAll(shown(driver));
      assertThat(both).as("the two pages show every ticket once").hasSameElementsAs(numbers);
      assertThat(both).doesNotHaveDuplicates();
      agent.screenshot("queue-table-1-second-page");

      driver.findElement(By.cssSelector(TABLE + " th.td-col-number")).click();
      agent.waitUntil(d -> shown(d).equals(ascending.subList(0, PAGE)));
      driver.findElement(By.cssSelector(TABLE + " th.td-col-number")).click();
      List<String> descending = new ArrayList<>(ascending);
      Collections.reverse(descending);
      agent.waitUntil(d -> shown(d).equals(descending.subList(0, PAGE)));
      agent.screenshot("queue-table-2-sorted-descending");
    }
  }

  /**
   * Ten views of the queue (20 rows each) kept 200 rows in the session before; now the rows go with
   * the response.
   */
  @Test
  void theQueueViewsKeepNoRowsInTheSession() {
    newTickets("Rows check " + UUID.randomUUID().toString().substring(0, 8), PAGE);
    try (Browser agent = Browser.open()) {
      agent.logIn("line1", "line1");
      agent.go("/agent/index.xhtml");
      assertThat(shown(agent.driver())).hasSize(PAGE);
      long before = TierdeskServer.liveInstances(TICKET_VIEW);
      for (int view = 0; view < 10; view++) {
        agent.go("/agent/index.xhtml");
        assertThat(shown(agent.driver())).hasSize(PAGE);
      }
      long after = TierdeskServer.liveInstances(TICKET_VIEW);
      assertThat(after - before)
          .as("ticket rows kept after ten views of the queue")
          .isLessThan(PAGE);
    }
  }

  /** New tickets for line 1, which its agent's queue shows: their numbers. */
  private static List<String> newTickets(String subject, int count) {
    List<String> numbers = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Api.Answer created = Api.as("employee").createTicket(subject + " " + i, "Details");
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      numbers.add(created.json().getString("number"));
    }
    return numbers;
  }

  private static List<String> shown(WebDriver driver) {
    return driver.findElements(By.cssSelector(ROW_NUMBERS)).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static String report(WebDriver driver) {
    return driver.findElement(By.cssSelector(TABLE + " .ui-paginator-current")).getText();
  }

  private static long numeric(String number) {
    return Long.parseLong(number.replaceAll("\\D", ""));
  }
}
