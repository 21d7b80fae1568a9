package org.tierdesk.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.tierdesk.platform.security.oidc.SingleSignOn;

/**
 * Ends the browser session: the login is forgotten and the session with it. A session opened by
 * single sign-on also ends at the identity provider (RP-initiated logout), which then sends the
 * browser back to the login page.
 */
@Named
@RequestScoped
public class Logout {

  @Inject SingleSignOn singleSignOn;

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<String> atProvider = singleSignOn.endSessionUrl(request);
    request.logout();
    external.invalidateSession();
    if (atProvider.isPresent()) {
      external.redirect(atProvider.get());
    } else {
      Landing.redirect(RedirectTarget.LOGIN_PAGE);
    }
  }
}
