package org.tierdesk.platform.testsupport;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.time.ClockShifted;
import org.tierdesk.platform.time.Clocks;

/**
 * Test support for the application clock: {@code POST /api/v1/test-support/clock} moves it on,
 * {@code DELETE /api/v1/test-support/clock} returns it to real time. Only with {@code
 * tierdesk.test-support=true}, only for admins.
 */
@Path("test-support/clock")
@Tag(name = "Test support")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestSupportResource {

  @Inject TestSupport guard;
  @Inject Clocks clocks;
  @Inject Event<ClockShifted> shifted;

  /** How far to move the clock, as an ISO-8601 duration such as {@code PT2H}. */
  public record Shift(String shift) {}

  /** The application clock after the shift, and its total offset from real time. */
  public record ClockState(Instant now, String offset) {}

  @POST
  @Operation(summary = "Move the application clock forward (test support only)")
  public ClockState shift(Shift request) {
    guard.requireEnabledForAdmin();
    Duration amount = parse(request);
    clocks.shiftable().shift(amount);
    Instant now = clocks.shiftable().instant();
    shifted.fire(new ClockShifted(amount, now));
    return new ClockState(now, clocks.shiftable().offset().toString());
  }

  @DELETE
  @Operation(summary = "Return the application clock to real time (test support only)")
  public ClockState reset() {
    guard.requireEnabledForAdmin();
    Duration back = clocks.shiftable().offset().negated();
    clocks.shiftable().reset();
    Instant now = clocks.shiftable().instant();
    shifted.fire(new ClockShifted(back, now));
    return new ClockState(now, clocks.shiftable().offset().toString());
  }

  private static Duration parse(Shift request) {
    if (request == null || request.shift() == null || request.shift().isBlank()) {
      throw new InvalidInput("shift", "error.field.required");
    }
    try {
      Duration amount = Duration.parse(request.shift().strip());
      if (amount.isNegative()) {
        throw new InvalidInput("shift", "error.field.notNegative");
      }
      return amount;
    } catch (DateTimeParseException e) {
      throw new InvalidInput("shift", "testSupport.shift.invalid", request.shift());
    }
  }
}
