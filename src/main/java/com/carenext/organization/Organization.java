package com.carenext.organization;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

class Organization {

    @Id
    private Long id;
    private Long parentId;
    private String name;
    private OrganizationType type;
    private String path;
    private int depth;
    private int sortOrder;
    private String contactPerson;
    private String contactPhone;
    private String address;
    private boolean active;
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Organization() {
    }

    static Organization create(long id, Organization parent, String name, OrganizationType type, Instant now) {
        Organization organization = new Organization();
        organization.id = id;
        organization.parentId = parent == null ? null : parent.id;
        organization.path = (parent == null ? "/" : parent.path) + id + "/";
        organization.depth = parent == null ? 0 : parent.depth + 1;
        organization.name = name;
        organization.type = type;
        organization.active = true;
        organization.createdAt = now;
        organization.updatedAt = now;
        return organization;
    }

    boolean isAncestorOf(Organization other) {
        return other.path.startsWith(path);
    }

    void describe(String name, OrganizationType type, int sortOrder, String contactPerson, String contactPhone,
                  String address, Instant now) {
        this.name = name;
        this.type = type;
        this.sortOrder = sortOrder;
        this.contactPerson = contactPerson;
        this.contactPhone = contactPhone;
        this.address = address;
        this.updatedAt = now;
    }

    void moveUnder(Organization parent, Instant now) {
        this.parentId = parent.id;
        this.path = parent.path + id + "/";
        this.depth = parent.depth + 1;
        this.updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    OrganizationSummary summary(int childCount) {
        return new OrganizationSummary(id, parentId, name, type, path, depth, sortOrder, contactPerson, contactPhone,
                address, active, version, childCount);
    }

    Long getId() {
        return id;
    }

    Long getParentId() {
        return parentId;
    }

    String getPath() {
        return path;
    }

    int getDepth() {
        return depth;
    }

    Long getVersion() {
        return version;
    }

    boolean isActive() {
        return active;
    }

    String getName() {
        return name;
    }
}
