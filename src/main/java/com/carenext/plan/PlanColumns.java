package com.carenext.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** How the plan module's tables store optional text and dates: the conversions its row mappers share. */
final class PlanColumns {

    private PlanColumns() {
    }

    static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static java.sql.Date sqlDate(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }
}
