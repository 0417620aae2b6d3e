package com.carenext.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a person fills in to create or describe an organization. {@code version} is the version the person saw
 * (null when creating).
 */
public record OrganizationDraft(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrganizationType type,
        Long parentId,
        @PositiveOrZero Integer sortOrder,
        @Size(max = 100) String contactPerson,
        @Pattern(regexp = "^$|^[0-9+\\- ]{5,20}$", message = "{validation.phone}") String contactPhone,
        @Size(max = 300) String address,
        Long version) {

    static OrganizationDraft of(OrganizationSummary organization) {
        return new OrganizationDraft(organization.name(), organization.type(), organization.parentId(),
                organization.sortOrder(), organization.contactPerson(), organization.contactPhone(),
                organization.address(), organization.version());
    }

    int sortOrderOrZero() {
        return sortOrder == null ? 0 : sortOrder;
    }
}
