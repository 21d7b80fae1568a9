package org.tierdesk.ticket.entity;

import org.tierdesk.directory.entity.Person;
import org.tierdesk.routing.entity.Category;

/** What is needed to open a ticket; only subject, description and requester are required. */
public record NewTicket(
    Person requester,
    String subject,
    String description,
    Channel channel,
    Category category,
    Priority priority,
    Environment environment) {}
