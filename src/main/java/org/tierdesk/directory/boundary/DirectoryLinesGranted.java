package org.tierdesk.directory.boundary;

import java.util.Set;

/**
 * Fired (in the transaction) when the company directory has said which support lines a person works
 * in. Routing keeps line memberships in step: the person becomes a member of {@code granted} and
 * stops being a member of the other {@code managed} lines. Lines that no group mapping names are
 * left as an admin set them.
 *
 * @param personId the person
 * @param granted codes of the lines the person's groups grant
 * @param managed codes of every line some group mapping names
 */
public record DirectoryLinesGranted(long personId, Set<String> granted, Set<String> managed) {}
