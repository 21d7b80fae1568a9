package org.tierdesk.ticket.entity;

/** How two tickets are linked. */
public enum LinkKind {
  /** Related, both ways; stored once with the lower id first. */
  RELATED,
  /** From the parent to a child: the parent is resolved only when its children are done. */
  PARENT,
  /** From a merged (closed) ticket to the ticket it was merged into. */
  MERGED
}
