package com.carenext.exports;

import com.carenext.shared.Actor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * A list a module offers for export as a job. The filter is the module's own list filter (a record bound from the
 * request's parameters, as the list page binds it), so the file holds exactly what the list shows.
 *
 * @param <F> the module's filter record
 */
public interface ExportSource<F> {

    ExportKind kind();

    Class<F> filterType();

    /**
     * Refuses what the actor may not export with this filter: {@code AccessDeniedException} (a role),
     * {@code NotFoundException} (a unit outside the scope) or a {@code BusinessRuleException}. Runs when the job is
     * asked for, so a refusal answers that request, and again when the job starts.
     */
    void check(Actor actor, F filter);

    /** The number of rows the file will hold when one query tells it cheaply (for the progress bar), else empty. */
    default OptionalLong total(Actor actor, F filter) {
        return OptionalLong.empty();
    }

    /** The download's file name without ".xlsx", in the current locale. */
    String fileName();

    /** Writes the workbook row by row in constant memory; {@code progress} hears the rows written so far. */
    void write(Actor actor, F filter, OutputStream out, LongConsumer progress) throws IOException;
}
