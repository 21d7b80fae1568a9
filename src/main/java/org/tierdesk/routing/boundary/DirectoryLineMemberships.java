package org.tierdesk.routing.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tierdesk.directory.boundary.DirectoryLinesGranted;
import org.tierdesk.directory.entity.Person;
import org.tierdesk.routing.entity.SupportLine;

/** Keeps support-line memberships of directory accounts in step with their directory groups. */
@Stateless
public class DirectoryLineMemberships {

  @PersistenceContext EntityManager em;
  @Inject LinesOfThisRequest linesOfThisRequest;

  public void onLinesGranted(@Observes DirectoryLinesGranted granted) {
    Person person = em.find(Person.class, granted.personId());
    for (SupportLine line :
        em.createNamedQuery(SupportLine.ALL, SupportLine.class).getResultList()) {
      if (granted.granted().contains(line.getCode())) {
        if (!line.hasMember(person)) {
          line.addMember(person);
        }
      } else if (granted.managed().contains(line.getCode())) {
        line.removeMember(person);
      }
    }
    LinesOfThisRequest.forget(linesOfThisRequest);
  }
}
