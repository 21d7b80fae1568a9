package org.tierdesk.sla.boundary;

import java.io.Serializable;

/** A support line and the calendar it works by (null: none, so around the clock). */
public record LineCalendarView(String line, Long calendarId, String calendarName)
    implements Serializable {}
