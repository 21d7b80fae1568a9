package org.tierdesk.ticket.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the idle escalation every minute on every node (a non-persistent timer); the database
 * decides which node acts on a row, so running everywhere is safe and survives any node going.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdleSweep {

  private static final Logger LOG = Logger.getLogger(IdleSweep.class.getName());
  static final int BATCH = 200;

  @Inject IdleEscalation escalation;

  @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
  public void everyMinute() {
    try {
      sweep();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Idle escalation sweep failed; the next minute tries again", e);
    }
  }

  /** One sweep: every due row in batches; returns how many escalations this node fired. */
  public int sweep() {
    int fired = 0;
    List<Object[]> due = escalation.due(BATCH);
    for (Object[] row : due) {
      long ticketId = ((Number) row[0]).longValue();
      int level = ((Number) row[1]).intValue();
      if (escalation.escalate(ticketId, level, timestamp(row[2]))) {
        fired++;
      }
    }
    return fired;
  }

  private static Timestamp timestamp(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp;
    }
    if (value instanceof java.time.LocalDateTime local) {
      return Timestamp.valueOf(local);
    }
    throw new IllegalStateException("Unexpected due_at type " + value.getClass());
  }
}
