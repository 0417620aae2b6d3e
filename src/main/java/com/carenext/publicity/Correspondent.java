package com.carenext.publicity;

import com.carenext.shared.Sealed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A 通讯员: a person of an organization with the grid they cover, and the history of that grid. */
class Correspondent {

    @Id
    private Long id;
    private long organizationId;
    private String organizationPath;
    private String name;
    @Sealed(hash = "phoneHash")
    private String phone;
    private String phoneHash;
    private String grid;
    private Long userId;
    private boolean active;
    @MappedCollection
    private List<CorrespondentPeriod> periods = new ArrayList<>();
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Correspondent() {
    }

    static Correspondent create(CorrespondentDraft draft, String organizationPath, String organizationName,
                                LocalDate from, Instant now) {
        Correspondent correspondent = new Correspondent();
        correspondent.organizationId = draft.organizationId();
        correspondent.organizationPath = organizationPath;
        correspondent.grid = blankToNull(draft.grid());
        correspondent.active = true;
        correspondent.createdAt = now;
        correspondent.periods.add(new CorrespondentPeriod(draft.organizationId(), organizationName,
                correspondent.grid, from));
        correspondent.describe(draft, now);
        return correspondent;
    }

    void describe(CorrespondentDraft draft, Instant now) {
        name = draft.name().replaceAll("\\s+", "");
        phone = blankToNull(draft.phone());
        userId = draft.userId();
        updatedAt = now;
    }

    /**
     * Moves the correspondent to another organization or grid from {@code from}: the open period ends the day
     * before and a new one starts. Nothing happens when neither changed.
     */
    boolean reassign(long newOrganizationId, String newPath, String organizationName, String newGrid, LocalDate from) {
        String gridValue = blankToNull(newGrid);
        if (newOrganizationId == organizationId && Objects.equals(gridValue, grid)) {
            return false;
        }
        CorrespondentPeriod open = periods.stream().filter(CorrespondentPeriod::isOpen).findFirst().orElse(null);
        if (open != null) {
            LocalDate lastDay = from.minusDays(1);
            if (lastDay.isBefore(open.getValidFrom())) {
                // A correction on the day the period began: the period is replaced, not closed.
                periods.remove(open);
            } else {
                open.close(lastDay);
            }
        }
        periods.add(new CorrespondentPeriod(newOrganizationId, organizationName, gridValue, from));
        organizationId = newOrganizationId;
        organizationPath = newPath;
        grid = gridValue;
        return true;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    CorrespondentView view(String organizationName) {
        List<CorrespondentView.Period> history = periods.stream().map(CorrespondentPeriod::view)
                .sorted(java.util.Comparator.comparing(CorrespondentView.Period::from).reversed()).toList();
        return new CorrespondentView(id, organizationId, organizationName, name, phone, grid, userId, active,
                version == null ? 0 : version, history);
    }

    Long getId() {
        return id;
    }

    long getOrganizationId() {
        return organizationId;
    }

    String getOrganizationPath() {
        return organizationPath;
    }

    Long getVersion() {
        return version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
