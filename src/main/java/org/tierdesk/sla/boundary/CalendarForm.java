package org.tierdesk.sla.boundary;

import java.util.List;
import java.util.Map;

/**
 * A calendar as an admin enters it. {@code week} maps weekdays (MON..SUN, or MONDAY..SUNDAY) to
 * working slots as text ({@code "09:00-13:00"}, {@code "22:00-06:00"} past midnight, {@code
 * "00:00-24:00"} all day). {@code holidays} replaces all holidays when given, keeps them when null.
 * {@code version} is the version the admin saw (required to update).
 */
public record CalendarForm(
    String name,
    String zone,
    Map<String, List<String>> week,
    List<HolidayForm> holidays,
    Long version) {}
