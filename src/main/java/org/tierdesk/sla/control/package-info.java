/**
 * The SLA logic behind the boundary. Free of Jakarta EE and tested without a container: the
 * arithmetic (working slots, weekly schedules and holidays, also from iCalendar feeds, make a
 * {@link org.tierdesk.sla.control.BusinessCalendar}, which adds business time to an instant and
 * measures it between two, across DST changes and pauses), the clock state machine ({@link
 * org.tierdesk.sla.control.ClockRules}), policy matching ({@link
 * org.tierdesk.sla.control.PolicyMatcher}) and input reading ({@link
 * org.tierdesk.sla.control.SlaInput}). Built on them, and needing the container: keeping clocks in
 * step with tickets ({@link org.tierdesk.sla.control.ClockKeeper}), firing exactly once ({@link
 * org.tierdesk.sla.control.SlaFiring}, {@link org.tierdesk.sla.control.SlaActions}), sweeps and
 * their timers ({@link org.tierdesk.sla.control.SlaSweep}, {@link
 * org.tierdesk.sla.control.SlaTimers}) and recomputation after edits ({@link
 * org.tierdesk.sla.control.SlaRecompute}).
 */
package org.tierdesk.sla.control;
