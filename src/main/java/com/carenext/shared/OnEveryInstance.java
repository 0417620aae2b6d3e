package com.carenext.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A scheduled method meant to run on every instance at once, instead of taking a job lock ({@code Jobs}): it claims
 * each piece of its work with one conditional UPDATE, so instances share the work and none does a piece twice. The
 * reason says how.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OnEveryInstance {

    /** How the method keeps two instances from doing the same piece of work. */
    String value();
}
