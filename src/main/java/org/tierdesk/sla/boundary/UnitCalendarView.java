package org.tierdesk.sla.boundary;

import java.io.Serializable;

/**
 * An organisation unit and the calendar it works by (null: none of its own; the nearest unit above
 * with one, else the line's calendar applies).
 */
public record UnitCalendarView(String unit, String unitName, Long calendarId, String calendarName)
    implements Serializable {}
