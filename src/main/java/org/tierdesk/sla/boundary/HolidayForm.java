package org.tierdesk.sla.boundary;

/**
 * A holiday as an admin enters it: {@code date} as 2027-01-07; {@code yearly} repeats it on that
 * month and day every year; {@code from}/{@code until} (HH:mm, until may be 24:00) take only part
 * of the day off, both blank for the whole day.
 */
public record HolidayForm(String date, boolean yearly, String from, String until, String name) {}
