/**
 * The work plan module. This root package holds its API; for now the import side: {@link
 * com.carenext.plan.PlanTextParser} reads a plan's text (including one issued inside a 通知) into sections, tasks
 * and the committee roster, and {@link com.carenext.plan.PlanDocumentText} gets that text out of an uploaded .docx
 * or text file safely.
 */
package com.carenext.plan;
