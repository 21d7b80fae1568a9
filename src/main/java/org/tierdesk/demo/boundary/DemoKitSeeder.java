package org.tierdesk.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import org.tierdesk.directory.boundary.CurrentUser;
import org.tierdesk.directory.boundary.People;
import org.tierdesk.macro.boundary.CannedResponseForm;
import org.tierdesk.macro.boundary.CannedResponseView;
import org.tierdesk.macro.boundary.CannedResponses;
import org.tierdesk.macro.boundary.MacroForm;
import org.tierdesk.macro.boundary.Macros;

/** Demo canned responses and macros, shared with every agent, created as the demo admin. */
@Stateless
@ActivateRequestContext
public class DemoKitSeeder {

  @Inject CannedResponses responses;
  @Inject Macros macros;
  @Inject People people;
  @Inject CurrentUser currentUser;

  public void responsesAndMacros() {
    currentUser.actAs(people.existing("admin"), true);
    responses.create(
        new CannedResponseForm(
            "Acknowledge",
            "Dear {requester.name}, thank you for your request {ticket.number}. We will get back"
                + " to you by {sla.firstResponseDue}.\n\n{agent.name}",
            "Здравствуйте, {requester.name}! Спасибо за обращение {ticket.number}. Мы ответим"
                + " вам до {sla.firstResponseDue}.\n\n{agent.name}",
            true,
            null));
    CannedResponseView details =
        responses.create(
            new CannedResponseForm(
                "Ask for details",
                "Dear {requester.name}, to continue with {ticket.number} we need a screenshot of"
                    + " the error and the time it happened. Please reply to this message.",
                "Здравствуйте, {requester.name}! Чтобы продолжить работу по {ticket.number}, нам"
                    + " нужен снимок экрана с ошибкой и время, когда она возникла. Ответьте на"
                    + " это сообщение, пожалуйста.",
                true,
                null));
    macros.create(
        new MacroForm(
            "Take and ask for details",
            true,
            details.id(),
            null,
            false,
            "WAITING_FOR_REQUESTER",
            null,
            null,
            Macros.ME,
            List.of("needs-info"),
            List.of(),
            null));
  }
}
