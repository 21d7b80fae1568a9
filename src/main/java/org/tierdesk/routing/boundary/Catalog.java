package org.tierdesk.routing.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tierdesk.platform.i18n.LocalizedName;
import org.tierdesk.routing.entity.Category;
import org.tierdesk.routing.entity.SupportLine;
import org.tierdesk.routing.entity.SupportQueue;

/**
 * The support lines (by tier), their queues (by line, then code) and the active categories (by
 * code) as pickers and labels show them: codes and names (and a category's id, by which ticket
 * creation reads it), detached from any persistence context. {@link SupportLines#catalog()} keeps
 * one per node until the configuration generation moves, so an agent page reads none of them from
 * the database.
 */
public record Catalog(
    List<LineEntry> lines, List<QueueEntry> queues, List<CategoryEntry> categories) {

  public Catalog {
    lines = List.copyOf(lines);
    queues = List.copyOf(queues);
    categories = List.copyOf(categories);
  }

  /**
   * A support line; {@code nextLine} is the code of the line it escalates to, or null; {@code
   * defectLinks} whether its tickets can wait for an external defect.
   */
  public record LineEntry(String code, LocalizedName name, String nextLine, boolean defectLinks) {

    static LineEntry of(SupportLine line) {
      return new LineEntry(
          line.getCode(),
          copy(line.getName()),
          line.getNextLine() == null ? null : line.getNextLine().getCode(),
          line.isDefectLinks());
    }

    public String name(Locale locale) {
      return name.in(locale);
    }
  }

  /** A queue of the line with code {@code line}. */
  public record QueueEntry(String code, String line, LocalizedName name) {

    static QueueEntry of(SupportQueue queue) {
      return new QueueEntry(queue.getCode(), queue.getLine().getCode(), copy(queue.getName()));
    }

    public String name(Locale locale) {
      return name.in(locale);
    }
  }

  /** An active category. */
  public record CategoryEntry(long id, String code, LocalizedName name) {

    static CategoryEntry of(Category category) {
      return new CategoryEntry(category.getId(), category.getCode(), copy(category.getName()));
    }

    public String name(Locale locale) {
      return name.in(locale);
    }
  }

  /** The line with this code, if there is one. */
  public Optional<LineEntry> line(String code) {
    return lines.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /** The active category with this code, if there is one. */
  public Optional<CategoryEntry> category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** The queues of the line with this code, by code. */
  public List<QueueEntry> queuesOf(String lineCode) {
    return queues.stream().filter(q -> q.line().equals(lineCode)).toList();
  }

  /** A copy no persistence context manages (the entity's embedded name may be). */
  private static LocalizedName copy(LocalizedName name) {
    return new LocalizedName(name.english(), name.russian());
  }
}
