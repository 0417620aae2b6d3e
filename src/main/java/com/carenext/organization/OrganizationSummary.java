package com.carenext.organization;

/** An organization as other modules and the pages read it. {@code version} guards edits against overwrites. */
public record OrganizationSummary(long id, Long parentId, String name, OrganizationType type, String path, int depth,
                                  int sortOrder, String contactPerson, String contactPhone, String address,
                                  boolean active, long version, int childCount) {

    public boolean hasChildren() {
        return childCount > 0;
    }
}
