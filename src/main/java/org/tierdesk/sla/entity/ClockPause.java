package org.tierdesk.sla.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A period in which a clock stood still; {@code to} is null while it still does. */
@Entity
@Table(name = "sla_clock_pause")
public class ClockPause {

  @Id
  @SequenceGenerator(
      name = "sla_clock_pause_seq",
      sequenceName = "sla_clock_pause_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_clock_pause_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "clock_id", nullable = false, updatable = false)
  private SlaClock clock;

  @Column(name = "cycle_no", nullable = false, updatable = false)
  private int cycle;

  @Column(name = "paused_from", nullable = false, updatable = false)
  private Instant from;

  @Column(name = "paused_to")
  private Instant to;

  protected ClockPause() {}

  ClockPause(SlaClock clock, int cycle, Instant from) {
    this.clock = clock;
    this.cycle = cycle;
    this.from = from;
  }

  void end(Instant at) {
    this.to = at;
  }

  public boolean isOpen() {
    return to == null;
  }

  public int getCycle() {
    return cycle;
  }

  public Instant getFrom() {
    return from;
  }

  public Instant getTo() {
    return to;
  }
}
