package org.tierdesk.routing.boundary;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The support lines of a person, as far as one request has looked them up. A console page asks
 * "which lines does the caller work in?" in every boundary call it makes (access checks, menu
 * counts, lists): some thirty identical queries per page, now one or two.
 */
@RequestScoped
class LinesOfThisRequest {

  /** What is asked about a person. */
  enum Question {
    /** The lines a person works in, as member. */
    MEMBER,
    /** The lines a person works in or leads. */
    MEMBER_OR_LEAD
  }

  private record Key(Question question, long personId) {}

  private final Map<Key, Object> known = new HashMap<>();

  @SuppressWarnings("unchecked")
  <T> T get(Question question, long personId, Supplier<T> lookUp) {
    Key key = new Key(question, personId);
    Object value = known.get(key);
    if (value == null) {
      value = lookUp.get();
      known.put(key, value);
    }
    return (T) value;
  }

  /** Membership changed: later look-ups in this request read the database again. */
  void forget() {
    known.clear();
  }

  /**
   * The look-up through this request's memory, or straight to the database where no request is
   * active (timers, asynchronous work).
   */
  static <T> T cached(
      LinesOfThisRequest request, Question question, long personId, Supplier<T> lookUp) {
    try {
      return request.get(question, personId, lookUp);
    } catch (ContextNotActiveException e) {
      return lookUp.get();
    }
  }

  /** Forgets, where a request is active. */
  static void forget(LinesOfThisRequest request) {
    try {
      request.forget();
    } catch (ContextNotActiveException e) {
      // nothing remembered outside a request
    }
  }
}
