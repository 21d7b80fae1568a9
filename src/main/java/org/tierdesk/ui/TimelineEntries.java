package org.tierdesk.ui;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * {@code <td:timelineEntries value="#{bean.timeline}" page="#{bean}"/>}: a ticket's timeline
 * entries as {@code li} elements, written in one pass.
 *
 * <p>The same markup as a {@code ui:repeat} over a handful of components per entry, without them: a
 * ticket with 200 history entries took about 3,000 expression evaluations and 1,200 component
 * visits to show (a third of the ticket page's CPU in a JFR profile, BENCHMARKS.md). Every text is
 * escaped by the response writer; times are in the viewer's language and zone, as elsewhere.
 */
@FacesComponent(TimelineEntries.TYPE)
public class TimelineEntries extends UIComponentBase {

  public static final String TYPE = "org.tierdesk.TimelineEntries";

  @Override
  public String getFamily() {
    return "org.tierdesk";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeChildren(FacesContext context) {
    // No children: everything is written in encodeBegin.
  }

  @Override
  @SuppressWarnings("unchecked")
  public void encodeBegin(FacesContext context) throws IOException {
    List<TimelineItem> items = (List<TimelineItem>) getAttributes().get("value");
    if (items == null || items.isEmpty()) {
      return;
    }
    TicketPage page = (TicketPage) getAttributes().get("page");
    Viewer viewer =
        context.getApplication().evaluateExpressionGet(context, "#{viewer}", Viewer.class);
    Locale locale = Messages.locale();
    ZoneId zone = viewer.getZone();
    String contextPath = context.getExternalContext().getRequestContextPath();
    String internal = Messages.text("ui.timeline.internal");
    ResponseWriter out = context.getResponseWriter();
    for (TimelineItem item : items) {
      out.startElement("li", this);
      out.writeAttribute(
          "class", "td-entry td-entry-" + item.kind() + " td-entry-" + item.type(), null);
      out.writeAttribute("id", "entry-" + item.id(), null);

      out.startElement("div", this);
      out.writeAttribute("class", "td-entry-head", null);
      element(out, "strong", "td-actor", item.actorName());
      element(out, "span", "td-event", Messages.text(Labels.keyOf(item.type())));
      if (item.internal()) {
        element(out, "span", "td-badge td-badge-internal", internal);
      }
      out.startElement("time", this);
      out.writeAttribute("class", "td-time", null);
      out.writeAttribute("datetime", String.valueOf(item.at()), null);
      out.writeText(InstantFormat.dateTime(item.at(), locale, zone), null);
      out.endElement("time");
      out.endElement("div");

      if (present(item.change())) {
        element(out, "span", "td-change", item.change());
      }
      if (present(item.body())) {
        element(out, "div", "td-text td-entry-body", item.body());
      }
      if (item.hasAttachment()) {
        attachment(context, out, item, contextPath + page.downloadPath(item.attachmentId()));
      }
      out.endElement("li");
    }
  }

  private void attachment(FacesContext context, ResponseWriter out, TimelineItem item, String path)
      throws IOException {
    out.startElement("div", this);
    out.writeAttribute("class", "td-attachment", null);
    out.startElement("i", this);
    out.writeAttribute("class", "pi pi-paperclip", null);
    out.writeAttribute("aria-hidden", "true", null);
    out.endElement("i");
    out.startElement("a", this);
    out.writeURIAttribute("href", context.getExternalContext().encodeResourceURL(path), null);
    out.writeAttribute("class", "td-download", null);
    out.writeText(item.attachmentName() == null ? "" : item.attachmentName(), null);
    out.endElement("a");
    if (item.attachmentSize() != null) {
      element(out, "span", "td-muted", FileSizes.of(item.attachmentSize()));
    }
    out.endElement("div");
  }

  private void element(ResponseWriter out, String name, String styleClass, String text)
      throws IOException {
    out.startElement(name, this);
    out.writeAttribute("class", styleClass, null);
    out.writeText(text == null ? "" : text, null);
    out.endElement(name);
  }

  private static boolean present(String text) {
    return text != null && !text.isEmpty();
  }
}
