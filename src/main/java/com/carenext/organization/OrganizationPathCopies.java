package com.carenext.organization;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The tables of one module that keep a copy of their organization's path in a column {@code organization_path}.
 * A module declares one as a bean; a move rewrites every registered table in the moving transaction, so no module
 * writes its own rewrite loop.
 */
public record OrganizationPathCopies(String module, List<String> tables) {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public OrganizationPathCopies {
        tables = List.copyOf(tables);
        for (String table : tables) {
            // table names go into SQL text: only plain identifiers are accepted
            if (!TABLE_NAME.matcher(table).matches()) {
                throw new IllegalArgumentException("Not a table name: " + table);
            }
        }
    }

    public static OrganizationPathCopies of(String module, String... tables) {
        return new OrganizationPathCopies(module, List.of(tables));
    }
}
