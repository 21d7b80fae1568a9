package org.tierdesk.ui;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tierdesk.ticket.boundary.AttachmentView;
import org.tierdesk.ticket.boundary.HistoryEntry;
import org.tierdesk.ticket.entity.TicketEventType;

/**
 * Words a ticket's history for one viewer. History entries keep codes (statuses, priorities,
 * category and line codes, usernames); the timeline shows their names in the viewer's language.
 */
public final class Timeline {

  /** Resolves a bundle key with arguments in the viewer's language. */
  @FunctionalInterface
  public interface Wording {
    String text(String key, Object... arguments);
  }

  /** What codes in the history stand for; unknown codes are shown as they are. */
  public record Names(
      Map<String, String> categories, Map<String, String> lines, Map<String, String> people) {

    public Names {
      categories = Map.copyOf(categories);
      lines = Map.copyOf(lines);
      people = Map.copyOf(people);
    }
  }

  /** The entries that record a value going from old to new. */
  private static final Set<TicketEventType> CHANGES =
      EnumSet.of(
          TicketEventType.FIELD_CHANGED,
          TicketEventType.STATUS_CHANGED,
          TicketEventType.ASSIGNED,
          TicketEventType.LINE_CHANGED,
          TicketEventType.DEFECT_LINKED,
          TicketEventType.DEFECT_FIXED);

  private static final String TRIED = "tried";

  /** Bundle keys the system leaves as an entry's comment, e.g. why the SLA escalated a ticket. */
  private static final String SYSTEM_REASON = "sla.reason.";

  private final Wording wording;
  private final Names names;
  private final Function<Instant, String> instants;

  public Timeline(Wording wording, Names names) {
    this(wording, names, Instant::toString);
  }

  /**
   * @param instants shows an instant to the viewer (their language and zone)
   */
  public Timeline(Wording wording, Names names, Function<Instant, String> instants) {
    this.wording = wording;
    this.names = names;
    this.instants = instants;
  }

  /**
   * @param withInternal whether internal notes belong on this timeline (never for requesters)
   */
  public List<TimelineItem> of(
      List<HistoryEntry> history, List<AttachmentView> attachments, boolean withInternal) {
    Map<Long, AttachmentView> byId =
        attachments.stream()
            .collect(java.util.stream.Collectors.toMap(AttachmentView::id, Function.identity()));
    return history.stream()
        .filter(entry -> withInternal || !entry.internal())
        .map(entry -> item(entry, byId.get(entry.attachmentId())))
        .toList();
  }

  private TimelineItem item(HistoryEntry entry, AttachmentView attachment) {
    return new TimelineItem(
        entry.id(),
        entry.type(),
        entry.actorName() == null ? wording.text("ui.timeline.system") : entry.actorName(),
        entry.occurredAt(),
        change(entry),
        body(entry),
        entry.internal(),
        entry.attachmentId(),
        attachment == null ? entry.newValue() : attachment.fileName(),
        attachment == null ? null : attachment.size());
  }

  /** The entry's text; a reason the system left as a bundle key is worded for the viewer. */
  String body(HistoryEntry entry) {
    String body = entry.body();
    if (entry.actor() == null && body != null && body.startsWith(SYSTEM_REASON)) {
      return wording.text(body);
    }
    return body;
  }

  /** "Priority: Normal → High" for changes of a value; null for entries that change none. */
  String change(HistoryEntry entry) {
    if (entry.type().isSla()) {
      return sla(entry);
    }
    if (entry.type() == TicketEventType.IDLE_ESCALATED) {
      // Whom a stuck ticket was brought to: the line's leads (1), their leads (2).
      return wording.text(
          "ui.timeline.idle." + entry.oldValue(),
          entry.newValue() == null || entry.newValue().isBlank()
              ? wording.text("ui.none")
              : entry.newValue());
    }
    if (TRIED.equals(entry.field())) {
      // The note an escalation leaves: what the escalating line already tried.
      return wording.text("ui.field.tried");
    }
    String productivity = productivity(entry);
    if (productivity != null) {
      return productivity;
    }
    if (entry.field() == null || !CHANGES.contains(entry.type())) {
      return null;
    }
    return wording.text(
        "ui.timeline.change",
        wording.text("ui.field." + entry.field()),
        value(entry.field(), entry.oldValue()),
        value(entry.field(), entry.newValue()));
  }

  /**
   * Tags, time, links, merges, forced resolutions and macros: "Tag: vpn", "Related ticket:
   * TD-1005"; and "From TD-1005" on entries copied from a merged ticket. Null for other entries.
   */
  String productivity(HistoryEntry entry) {
    if ("mergedFrom".equals(entry.field()) && entry.type() != TicketEventType.MERGED) {
      return wording.text("ui.timeline.copiedFrom", entry.oldValue());
    }
    return switch (entry.type()) {
      case TAG_ADDED -> wording.text("ui.timeline.tag", entry.newValue());
      case TAG_REMOVED -> wording.text("ui.timeline.tag", entry.oldValue());
      case TIME_LOGGED -> wording.text("ui.timeline.minutes", entry.newValue());
      case LINKED, UNLINKED, MERGED ->
          wording.text("ui.timeline.link." + entry.field(), entry.newValue());
      case RESOLUTION_FORCED -> wording.text("ui.timeline.openChildren", entry.newValue());
      case MACRO_APPLIED -> wording.text("ui.timeline.macro", entry.newValue());
      default -> null;
    };
  }

  /** "First response, due Nov 26, 2026, 11:00 AM": which timer warned or breached. */
  private String sla(HistoryEntry entry) {
    String metric = label("sla.metric." + entry.field(), String.valueOf(entry.field()));
    Instant due = dueOf(entry.newValue());
    return due == null ? metric : wording.text("ui.timeline.slaDue", metric, instants.apply(due));
  }

  private static Instant dueOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private String value(String field, String code) {
    if (code == null || code.isBlank()) {
      return wording.text("ui.none");
    }
    return switch (field) {
      case "status" -> label("status." + code, code);
      case "priority" -> label("priority." + code, code);
      case "category" -> names.categories().getOrDefault(code, code);
      case "line" -> names.lines().getOrDefault(code, code);
      case "assignee" -> names.people().getOrDefault(code, code);
      default -> code;
    };
  }

  private String label(String key, String fallback) {
    String text = wording.text(key);
    return text.equals(key) ? fallback : text;
  }
}
