package org.tierdesk.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;
import org.tierdesk.platform.i18n.Texts;

/**
 * The language of the screens for this browser session. It starts as the browser's preferred
 * supported language and changes when the person picks another one in the top bar.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale =
          preferred(FacesContext.getCurrentInstance().getExternalContext().getRequestLocales());
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public boolean isCurrent(String language) {
    return getLanguage().equals(language);
  }

  /** Switches the language and shows the same page again, freshly rendered in it. */
  public String change(String language) {
    supported(language).ifPresent(chosen -> locale = chosen);
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }

  /** The first language of the browser's list that Tierdesk speaks; English when none is. */
  static Locale preferred(Iterator<Locale> requested) {
    while (requested != null && requested.hasNext()) {
      Locale wanted = requested.next();
      if (wanted != null && supported(wanted.getLanguage()).isPresent()) {
        return Texts.supported(wanted);
      }
    }
    return Locale.ENGLISH;
  }

  static java.util.Optional<Locale> supported(String language) {
    return Texts.SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
  }
}
