package org.tierdesk.directory.entity;

/** What a person may do in Tierdesk. The names are the Jakarta Security group names. */
public enum Role {
  REQUESTER("requester"),
  AGENT("agent"),
  ADMIN("admin");

  public static final String REQUESTER_NAME = "requester";
  public static final String AGENT_NAME = "agent";
  public static final String ADMIN_NAME = "admin";

  private final String groupName;

  Role(String groupName) {
    this.groupName = groupName;
  }

  public String groupName() {
    return groupName;
  }
}
