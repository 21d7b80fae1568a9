package org.tierdesk.sla.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * A policy: its rank (lower first), conditions (codes and enum names; empty lists match anything),
 * targets in business time, warning threshold, calendar (null: the line's), pause statuses, what
 * counts as first response, and the actions on warning and breach.
 */
public record PolicyView(
    long id,
    String name,
    int rank,
    boolean fallback,
    Conditions conditions,
    Targets targets,
    int warningPercent,
    Long calendarId,
    String calendarName,
    List<String> pauseStatuses,
    List<String> firstResponseBy,
    List<String> warningActions,
    List<String> breachActions,
    long version)
    implements Serializable {

  public record Conditions(
      List<String> priorities,
      List<String> categories,
      List<String> lines,
      List<String> channels,
      Boolean vip,
      List<String> orgUnits)
      implements Serializable {}

  public record Targets(Duration firstResponse, Duration nextResponse, Duration resolution)
      implements Serializable {}
}
