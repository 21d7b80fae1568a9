package org.tierdesk.ui;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.List;

/**
 * Once a response is written, empties the tables' models that showed rows in it (see {@link
 * ResponseRowsModel}). Registered in faces-config.xml; a request that showed no such table costs a
 * map lookup.
 */
public class ResponseRowsRelease implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public void afterPhase(PhaseEvent event) {
    Object shown = event.getFacesContext().getAttributes().remove(ResponseRowsModel.SHOWN);
    if (shown instanceof List<?> models) {
      models.forEach(model -> ((ResponseRowsModel<?>) model).releaseRows());
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing is shown yet.
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }
}
