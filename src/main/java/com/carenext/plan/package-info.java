/**
 * The work plan module: annual plans (工作计划) imported from the plan's own text or .docx ({@link
 * com.carenext.plan.PlanTextParser}, {@link com.carenext.plan.PlanDocumentText}) and saved by {@link
 * com.carenext.plan.WorkPlans} with the committee roster of their attachment; read section by section ({@link
 * com.carenext.plan.PlanSections}); tracked task by task: queries ({@link com.carenext.plan.PlanTasks}), assignment
 * to owner units ({@link com.carenext.plan.TaskAssignments}), progress with attachments ({@link
 * com.carenext.plan.TaskProgress}) and evidence from other modules ({@link com.carenext.plan.TaskEvidence});
 * exported as .docx and issued as notices (通知) that units sign for ({@link com.carenext.plan.Notices}).
 */
package com.carenext.plan;
