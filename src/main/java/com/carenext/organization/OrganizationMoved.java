package com.carenext.organization;

/**
 * Published inside the moving transaction, after the tree and every registered {@link OrganizationPathCopies} table
 * have been rewritten from the prefix {@code oldPath} to {@code newPath}.
 */
public record OrganizationMoved(long organizationId, String oldPath, String newPath) {
}
