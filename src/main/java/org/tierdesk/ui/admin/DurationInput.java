package org.tierdesk.ui.admin;

import java.io.Serializable;
import java.time.Duration;

/**
 * An SLA target as admins enter it, hours and minutes, and as the boundary takes it, an ISO-8601
 * duration ({@code PT4H30M}). Both empty means "not given", which the boundary reports on the
 * field.
 */
public class DurationInput implements Serializable {

  private static final long serialVersionUID = 1L;

  private Integer hours;
  private Integer minutes;

  public DurationInput() {}

  public DurationInput(Integer hours, Integer minutes) {
    this.hours = hours;
    this.minutes = minutes;
  }

  /** The input showing a duration: whole hours (days included) and the minutes left over. */
  public static DurationInput of(Duration duration) {
    if (duration == null) {
      return new DurationInput();
    }
    return new DurationInput((int) duration.toHours(), duration.toMinutesPart());
  }

  /** The duration as ISO-8601 text, null when nothing was entered; 90 minutes become PT1H30M. */
  public String iso() {
    if (hours == null && minutes == null) {
      return null;
    }
    long total = 60L * (hours == null ? 0 : hours) + (minutes == null ? 0 : minutes);
    return Duration.ofMinutes(total).toString();
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }

  public Integer getMinutes() {
    return minutes;
  }

  public void setMinutes(Integer minutes) {
    this.minutes = minutes;
  }
}
