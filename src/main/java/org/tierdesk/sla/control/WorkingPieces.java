package org.tierdesk.sla.control;

/**
 * Walks the working time after a start instant, in time order, as pieces [pieceStart, pieceEnd)
 * that contain no pause. It moves day by day over precomputed {@link DayPlan}s and jumps over
 * pauses in one step, so its cost depends on the days with working time, not on minutes.
 *
 * <p>One walker serves one computation; it is mutable and not shared.
 */
final class WorkingPieces {

  static final long NO_HORIZON = -1;

  private final DayPlans plans;
  private final long[] pauses;
  private final long limit;
  private final long horizon;

  private DayPlan plan;
  private int nextPair;
  private int nextPause;
  private boolean jumped;

  /** Nothing before the cursor is reported again. */
  private long cursor;

  /** End of the last piece (or the start): the horizon counts from here. */
  private long lastProgress;

  long pieceStart;
  long pieceEnd;

  /**
   * @param pauses sorted, merged [from, to) pairs
   * @param limit pieces end here at the latest; nothing at or after it is reported
   * @param horizon give up when this much time passes without a piece; {@link #NO_HORIZON} for
   *     never (only sensible with a finite limit)
   */
  WorkingPieces(DayPlans plans, long start, long[] pauses, long limit, long horizon) {
    this.plans = plans;
    this.pauses = pauses;
    this.limit = limit;
    this.horizon = horizon;
    this.cursor = start;
    this.lastProgress = start;
    this.plan = plans.plan(plans.dayContaining(start));
  }

  /** Moves to the next piece; false when the limit is reached or the horizon passed. */
  boolean next() {
    while (true) {
      // Checked before the limit: an open-ended pause moves the cursor to the end of time.
      if (horizon != NO_HORIZON && cursor - horizon > lastProgress) {
        return false;
      }
      if (cursor >= limit) {
        return false;
      }
      if (cursor >= EpochNanos.MAX) {
        throw new IllegalArgumentException(
            "Business time runs beyond the supported range, " + EpochNanos.SUPPORTED_UNTIL);
      }
      if (jumped) {
        plan = plans.plan(plans.dayContaining(cursor));
        nextPair = 0;
        jumped = false;
      }
      if (nextPair == plan.work.length) {
        cursor = Math.max(cursor, plan.end);
        plan = plans.plan(plan.epochDay + 1);
        nextPair = 0;
      } else if (takePiece()) {
        return true;
      }
    }
  }

  /** Looks at the current working pair; true if it yields a piece, else moves on. */
  private boolean takePiece() {
    long from = Math.max(cursor, plan.work[nextPair]);
    long to = plan.work[nextPair + 1];
    if (from >= to) {
      nextPair += 2;
      return false;
    }
    if (from >= limit) {
      cursor = limit;
      return false;
    }
    while (nextPause < pauses.length && pauses[nextPause + 1] <= from) {
      nextPause += 2;
    }
    boolean paused = nextPause < pauses.length && pauses[nextPause] <= from;
    if (paused) {
      cursor = pauses[nextPause + 1];
      // A pause may last days or years: find its end's day directly instead of walking there.
      jumped = cursor >= plan.end;
      return false;
    }
    long end = nextPause < pauses.length ? Math.min(to, pauses[nextPause]) : to;
    pieceStart = from;
    pieceEnd = Math.min(end, limit);
    cursor = pieceEnd;
    lastProgress = pieceEnd;
    return true;
  }
}
