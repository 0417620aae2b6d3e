package com.carenext.plan;

/**
 * What to do when a plan is imported that was imported before (the same text, or the same organization, year and
 * title): {@link #NEW} refuses and warns; the office then chooses one of the others.
 */
public enum ImportMode {
    /** A first import: refused with "该计划已导入" when the plan exists. */
    NEW,
    /** The existing plan's sections and tasks are replaced by the new text; progress and evidence go with them. */
    REPLACE,
    /** Tasks are matched by section and text and keep their assignment, progress and evidence; new ones are added. */
    UPDATE,
    /** The new text is saved as a second plan beside the first. */
    KEEP_BOTH
}
