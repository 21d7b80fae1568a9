package org.tierdesk.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.tierdesk.directory.boundary.CurrentUser;

/** Sends people to where they work: agents to the queue, requesters to their tickets. */
@Named
@RequestScoped
public class Landing {

  @Inject CurrentUser currentUser;

  /** For {@code /index.xhtml}: the console of the logged-in person, or the login page. */
  public void redirectHome() throws IOException {
    redirect(
        currentUser.isLoggedIn()
            ? RedirectTarget.homeOf(currentUser.isSupport())
            : RedirectTarget.LOGIN_PAGE);
  }

  static void redirect(String path) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }
}
