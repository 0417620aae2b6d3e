package com.carenext.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a String field of a Spring Data JDBC entity whose column is sealed at rest by {@link PersonalData}: sealed
 * before each save, opened after each load and save. {@link #hash()} names the field that keeps the lookup hash.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Sealed {

    /** The field (column {@code <column>_hash}) that receives {@link PersonalData#lookupHash(String)}. */
    String hash();
}
