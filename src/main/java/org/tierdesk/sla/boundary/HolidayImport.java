package org.tierdesk.sla.boundary;

import java.io.Serializable;

/** What an iCalendar import did: holidays added, and those skipped as already present. */
public record HolidayImport(int imported, int skipped) implements Serializable {}
