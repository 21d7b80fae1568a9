package org.tierdesk.ui;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Calls the methods of Tierdesk's own types from views ({@code #{item.actorName()}}, {@code
 * #{viewer.dateTime(at)}}) with each method looked up once per class, name and number of arguments,
 * instead of on every call.
 *
 * <p>The standard {@code BeanELResolver} looks a method up on every call, and each lookup copies
 * the class's whole method table ({@code Class.getMethods()}). Views call record accessors this
 * way, since Jakarta EL 5 has no record properties: the timeline of a ticket with 200 entries makes
 * about 3,000 calls, and their lookups were a quarter of the ticket page's CPU (JFR profile,
 * BENCHMARKS.md).
 *
 * <p>Only what resolves one way is handled: a public method of an {@code org.tierdesk} class (or of
 * its CDI proxy) that is the only one of that name and number of parameters, without varargs,
 * called without lambdas and without declared parameter types. Its arguments are coerced as the
 * standard resolver coerces them ({@link ELContext#convertToType}). Everything else — overloads,
 * JDK and library types, collections and their {@code stream()}, static calls — goes on to the
 * standard resolvers unchanged.
 */
public final class MethodCallResolver extends ELResolver {

  private static final String OWN_TYPES = "org.tierdesk.";

  private static final ClassValue<ConcurrentMap<String, Optional<Method>>> METHODS =
      new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null
        || paramTypes != null
        || !(method instanceof String name)
        || !base.getClass().getName().startsWith(OWN_TYPES)) {
      return null;
    }
    Object[] arguments = params == null ? new Object[0] : params;
    for (Object argument : arguments) {
      if (argument instanceof LambdaExpression) {
        return null;
      }
    }
    Method target = lookUp(base, name, arguments.length);
    if (target == null) {
      return null;
    }
    Class<?>[] types = target.getParameterTypes();
    Object[] coerced = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      coerced[i] = context.convertToType(arguments[i], types[i]);
    }
    Object result;
    try {
      result = target.invoke(base, coerced);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
    context.setPropertyResolved(base, method);
    return result;
  }

  /** The one public method of that name and arity on the base's class, or null. */
  static Method lookUp(Object base, String name, int arity) {
    return METHODS
        .get(base.getClass())
        .computeIfAbsent(name + '/' + arity, key -> find(base, name, arity))
        .orElse(null);
  }

  private static Optional<Method> find(Object base, String name, int arity) {
    Method found = null;
    for (Method candidate : base.getClass().getMethods()) {
      if (candidate.getName().equals(name)
          && candidate.getParameterCount() == arity
          && !candidate.isBridge()) {
        if (found != null || candidate.isVarArgs()) {
          return Optional.empty();
        }
        found = candidate;
      }
    }
    if (found == null || !found.canAccess(base)) {
      return Optional.empty();
    }
    return Optional.of(found);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Properties are left to the standard resolvers.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
