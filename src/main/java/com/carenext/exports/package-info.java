/**
 * Exports that run as jobs (导出任务): a large list (audit trail, activity ledger, 五老 registry) is not exported
 * inside the request that asks for it; the request queues a job row ({@code export_job}) after the owning module's
 * checks, a bounded pool writes the .xlsx in constant memory to a file while it records how many rows it wrote,
 * the page polls a progress bar and offers the download when done. Only the owner, still in the same scope, may
 * fetch the file; files are purged after a day. Modules offer their lists through {@link ExportSource}.
 */
package com.carenext.exports;
