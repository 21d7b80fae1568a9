package org.tierdesk.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tierdesk.directory.boundary.OrgUnits;
import org.tierdesk.routing.boundary.Catalog;
import org.tierdesk.routing.boundary.SupportLines;
import org.tierdesk.ticket.entity.Priority;
import org.tierdesk.ticket.entity.TicketStatus;

/**
 * The values people pick from (categories, support lines, agents, statuses, priorities), named in
 * the viewer's language. Read once per request.
 */
@Named
@RequestScoped
public class Choices {

  /** One choice: the code sent to the boundary and the name shown. */
  public record Option(String value, String label) implements Serializable {}

  @Inject SupportLines supportLines;
  @Inject OrgUnits orgUnits;
  @Inject SortedChoices sorted;

  private Catalog catalog;
  private List<Option> categories;
  private List<Option> agents;
  private List<SelectItem> agentItems;
  private List<Option> lineOptions;

  /** The configured lines, queues and categories, once per request. */
  public Catalog catalog() {
    if (catalog == null) {
      catalog = supportLines.catalog();
    }
    return catalog;
  }

  public List<Option> categories() {
    if (categories == null) {
      Locale locale = Messages.locale();
      categories =
          sorted.byLabel(
              "categories",
              locale,
              catalog().categories().stream()
                  .map(c -> new Option(c.code(), c.name(locale)))
                  .toList());
    }
    return categories;
  }

  /** Organisations and departments, by name (codes may be long directory names). */
  public List<Option> orgUnits() {
    Locale locale = Messages.locale();
    return sorted.byLabel(
        "orgUnits",
        locale,
        orgUnits.all().stream().map(u -> new Option(u.getCode(), u.getName())).toList());
  }

  public List<Option> lines() {
    if (lineOptions == null) {
      Locale locale = Messages.locale();
      lineOptions =
          catalog().lines().stream().map(l -> new Option(l.code(), l.name(locale))).toList();
    }
    return lineOptions;
  }

  /** Everyone who works in a support line, by name. */
  public List<Option> agents() {
    Locale locale = Messages.locale();
    if (agents == null) {
      agents =
          sorted.byLabel(
              "agents",
              locale,
              supportLines.memberNames(null).entrySet().stream()
                  .map(e -> new Option(e.getKey(), e.getValue()))
                  .toList());
    }
    return agents;
  }

  /**
   * {@link #agents()} as ready select items, for pickers of every agent: a company's hundreds of
   * agents then cost no expression evaluation per item (in a profile of the queue page with 200
   * agents, the selects' per-item expressions took about a tenth of its CPU, mostly for agents).
   */
  public List<SelectItem> agentItems() {
    if (agentItems == null) {
      agentItems = agents().stream().map(a -> new SelectItem(a.value(), a.label())).toList();
    }
    return agentItems;
  }

  public TicketStatus[] statuses() {
    return TicketStatus.values();
  }

  public Priority[] priorities() {
    return Priority.values();
  }

  public String categoryName(String code) {
    return nameOf(categories(), code);
  }

  public String lineName(String code) {
    return nameOf(lines(), code);
  }

  /** What the codes in a ticket's history stand for, for its timeline. */
  public Timeline.Names names(Map<String, String> morePeople) {
    Map<String, String> people = new TreeMap<>(morePeople);
    agents().forEach(a -> people.putIfAbsent(a.value(), a.label()));
    return new Timeline.Names(asMap(categories()), asMap(lines()), people);
  }

  private static String nameOf(List<Option> options, String code) {
    if (code == null) {
      return "";
    }
    return options.stream()
        .filter(o -> o.value().equals(code))
        .map(Option::label)
        .findFirst()
        .orElse(code);
  }

  private static Map<String, String> asMap(List<Option> options) {
    return options.stream().collect(Collectors.toMap(Option::value, Option::label, (a, b) -> a));
  }
}
