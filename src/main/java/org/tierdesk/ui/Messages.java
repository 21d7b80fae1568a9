package org.tierdesk.ui;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.tierdesk.platform.errors.InvalidInput;
import org.tierdesk.platform.errors.TierdeskException;
import org.tierdesk.platform.i18n.Texts;

/**
 * Turns refusals and confirmations into Faces messages in the viewer's language. A refusal from a
 * boundary carries a message key and arguments; an {@link InvalidInput} also names its field, and
 * the message is shown next to the input whose id is that field's name (dots become underscores:
 * {@code environment.os} → {@code environment_os}; list indexes are dropped), or at the top of the
 * page when there is none.
 */
public final class Messages {

  private Messages() {}

  public static void error(TierdeskException refusal) {
    String text = text(refusal.messageKey(), refusal.arguments());
    String clientId = null;
    if (refusal instanceof InvalidInput invalid && invalid.field() != null) {
      clientId = markInvalid(idOf(invalid.field()));
    }
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  public static void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  /** An error shown next to the input with the given id. */
  public static void errorOn(String inputId, String key, Object... arguments) {
    add(markInvalid(inputId), FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  public static void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  /** A confirmation that survives the redirect which follows it. */
  public static void flash(String key, Object... arguments) {
    keepOverRedirect();
    info(key, arguments);
  }

  /** Keeps this request's messages for the page the browser is redirected to. */
  public static void keepOverRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** Text from the bundles in the viewer's language; enum arguments appear by their labels. */
  public static String text(String key, Object... arguments) {
    Object[] shown =
        Arrays.stream(arguments)
            .map(a -> a instanceof Enum<?> value ? Texts.format(locale(), Labels.keyOf(value)) : a)
            .toArray();
    return Texts.format(locale(), key, shown);
  }

  /**
   * The viewer's language. It comes from the session's {@link LocaleSelection} rather than the view
   * root, whose locale is only set once the whole view is built — after view actions have run.
   */
  public static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null) {
      return Locale.ENGLISH;
    }
    // CDI.current() walks the caller's stack to find its bean manager, and a page asks for the
    // locale hundreds of times (every label and badge): look the bean up once per request.
    Object selection =
        context
            .getAttributes()
            .computeIfAbsent(
                LocaleSelection.class.getName(),
                key -> {
                  Instance<LocaleSelection> found = CDI.current().select(LocaleSelection.class);
                  return found.isResolvable() ? found.get() : Locale.ENGLISH;
                });
    return selection instanceof LocaleSelection viewer ? viewer.getLocale() : Locale.ENGLISH;
  }

  /**
   * The input id for a field; an element of a list ({@code week.MON[1]}, {@code
   * conditions.lines[0]}) is reported on the list's input ({@code week_MON}, {@code
   * conditions_lines}).
   */
  static String idOf(String field) {
    return field.replaceAll("\\[\\d+]", "").replace('.', '_');
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  /** The client id of the rendered input with this id, flagged invalid; null when there is none. */
  private static String markInvalid(String inputId) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIViewRoot view = context.getViewRoot();
    if (view == null) {
      return null;
    }
    AtomicReference<UIComponent> found = new AtomicReference<>();
    view.visitTree(
        VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
        (visit, component) -> {
          if (inputId.equals(component.getId())) {
            found.set(component);
            return VisitResult.COMPLETE;
          }
          return VisitResult.ACCEPT;
        });
    UIComponent input = found.get();
    if (input == null) {
      return null;
    }
    if (input instanceof UIInput editable) {
      editable.setValid(false);
    }
    return input.getClientId(context);
  }
}
