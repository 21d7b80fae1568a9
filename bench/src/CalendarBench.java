import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.tierdesk.sla.control.BusinessCalendar;
import org.tierdesk.sla.control.TimeInterval;
import org.tierdesk.sla.control.WeeklySchedule;

/**
 * Business-calendar additions per second. Launched as a single source file with the compiled
 * application classes and HdrHistogram on the classpath; writes one CSV row per case to the file
 * named by its first argument.
 */
public class CalendarBench {

  private static final int RUNS = 5;
  private static final long RUN_NANOS = 1_000_000_000L;
  private static final int STARTS = 4096;

  record Case(String name, BusinessCalendar calendar, Duration target, boolean paused) {}

  public static void main(String[] args) throws Exception {
    BusinessCalendar moscow =
        new BusinessCalendar(
            ZoneId.of("Europe/Moscow"),
            WeeklySchedule.mondayToFriday("09:00-13:00", "14:00-18:00"),
            List.of());
    BusinessCalendar allDay = BusinessCalendar.allDay(ZoneId.of("UTC"));
    List<Case> cases = new ArrayList<>();
    for (BusinessCalendar calendar : List.of(moscow, allDay)) {
      String label = calendar == moscow ? "moscow-business" : "24x7";
      for (Duration target : List.of(Duration.ofHours(4), Duration.ofHours(24), Duration.ofDays(14))) {
        for (boolean paused : new boolean[] {false, true}) {
          String name = label + "/" + target + (paused ? "/with-pause" : "/no-pause");
          cases.add(new Case(name, calendar, target, paused));
        }
      }
    }
    Instant[] starts = starts();
    try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
      csv.println("case,median_ops_per_s,min_ops_per_s,max_ops_per_s,p50_ns,p99_ns,p999_ns,max_ns");
      for (Case c : cases) {
        run(c, starts, RUN_NANOS, null); // warm-up
        double[] rates = new double[RUNS];
        Histogram latency = new Histogram(3_600_000_000_000L, 3);
        for (int i = 0; i < RUNS; i++) {
          rates[i] = run(c, starts, RUN_NANOS, latency);
        }
        Arrays.sort(rates);
        String row =
            String.format(
                "%s,%.0f,%.0f,%.0f,%d,%d,%d,%d",
                c.name(), rates[RUNS / 2], rates[0], rates[RUNS - 1],
                latency.getValueAtPercentile(50), latency.getValueAtPercentile(99),
                latency.getValueAtPercentile(99.9), latency.getMaxValue());
        csv.println(row);
        System.out.println(row);
      }
    }
  }

  /** Start instants spread over a year at odd minutes, so that every weekday and hour is hit. */
  private static Instant[] starts() {
    Instant base = Instant.parse("2026-01-05T00:00:00Z");
    Instant[] starts = new Instant[STARTS];
    for (int i = 0; i < STARTS; i++) {
      starts[i] = base.plus(Duration.ofMinutes(i * 127L % (365 * 24 * 60)));
    }
    return starts;
  }

  /** Additions per second over one run; each addition's latency goes to the histogram if given. */
  private static double run(Case c, Instant[] starts, long runNanos, Histogram latency) {
    long begin = System.nanoTime();
    long end = begin + runNanos;
    long count = 0;
    long sink = 0;
    long now = begin;
    while (now < end) {
      Instant start = starts[(int) (count & (STARTS - 1))];
      List<TimeInterval> pauses =
          c.paused()
              ? List.of(new TimeInterval(start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(3))))
              : List.of();
      Instant due = c.calendar().addBusinessTime(start, c.target(), pauses);
      sink += due.getNano();
      long after = System.nanoTime();
      if (latency != null) {
        latency.recordValue(after - now);
      }
      now = after;
      count++;
    }
    if (sink == 42) {
      System.out.print("");
    }
    return count * 1e9 / (now - begin);
  }
}
