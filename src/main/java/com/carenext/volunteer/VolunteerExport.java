package com.carenext.volunteer;

import com.carenext.exports.ExportKind;
import com.carenext.exports.ExportSource;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import java.io.OutputStream;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * The 五老 registry as an .xlsx (phone and identity number masked), as the list filters it: an export job, since a
 * region holds hundreds of thousands of 五老.
 */
@Component
class VolunteerExport implements ExportSource<VolunteerFilter> {

    private final VolunteerWorkbook workbook;
    private final Organizations organizations;

    VolunteerExport(VolunteerWorkbook workbook, Organizations organizations) {
        this.workbook = workbook;
        this.organizations = organizations;
    }

    @Override
    public ExportKind kind() {
        return ExportKind.VOLUNTEER;
    }

    @Override
    public Class<VolunteerFilter> filterType() {
        return VolunteerFilter.class;
    }

    /** A reader's own scope; a filter naming a unit outside it is refused (404). */
    @Override
    public void check(Actor actor, VolunteerFilter filter) {
        actor.require(Volunteers.READERS);
        if (filter.organizationId() != null) {
            organizations.get(actor, filter.organizationId());
        }
    }

    @Override
    public String fileName() {
        return workbook.text("volunteer.sheet");
    }

    @Override
    public void write(Actor actor, VolunteerFilter filter, OutputStream out, LongConsumer progress) {
        workbook.export(actor, filter, VolunteerPages.names(organizations.subtree(actor, true)), out, progress);
    }
}
