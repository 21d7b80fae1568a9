package org.tierdesk.sla.control;

/**
 * Which open tickets an SLA configuration edit may affect: all of them (a policy's conditions or
 * rank changed, or a policy came or went), those under one policy (its targets or settings
 * changed), those counting in one calendar, or those of one line (its calendar changed).
 */
public record RecomputeScope(Kind kind, Long id) {

  public enum Kind {
    ALL,
    POLICY,
    CALENDAR,
    LINE
  }

  public static RecomputeScope all() {
    return new RecomputeScope(Kind.ALL, null);
  }

  public static RecomputeScope policy(long policyId) {
    return new RecomputeScope(Kind.POLICY, policyId);
  }

  public static RecomputeScope calendar(long calendarId) {
    return new RecomputeScope(Kind.CALENDAR, calendarId);
  }

  public static RecomputeScope line(long lineId) {
    return new RecomputeScope(Kind.LINE, lineId);
  }
}
