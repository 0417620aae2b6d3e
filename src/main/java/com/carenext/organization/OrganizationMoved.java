package com.carenext.organization;

/**
 * Published inside the moving transaction: every module that keeps a copy of organization paths rewrites the
 * prefix {@code oldPath} to {@code newPath} before the transaction commits.
 */
public record OrganizationMoved(long organizationId, String oldPath, String newPath) {
}
