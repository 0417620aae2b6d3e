package com.carenext.exports;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The export button of a list posts its filter here; the answer is the job's page, whose progress bar polls
 * (htmx, every second) until the download link appears. The page never waits for the file.
 */
@Controller
class ExportPages {

    private final ExportJobs jobs;

    ExportPages(ExportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/exports")
    String request(Actor actor, @RequestParam ExportKind kind, HttpServletRequest request) {
        Map<String, String> filter = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> filter.put(name, values.length == 0 ? null : values[0]));
        ExportJob job = jobs.request(actor, kind, filter);
        AuditTarget.name(ExportJobs.ENTITY, job.id());
        return "redirect:/exports/" + job.id();
    }

    @GetMapping("/exports")
    String list(Actor actor, Model model) {
        model.addAttribute("jobs", jobs.mine(actor));
        return "exports/list";
    }

    @GetMapping("/exports/{exportId}")
    String show(Actor actor, @PathVariable long exportId, Model model) {
        model.addAttribute("job", jobs.get(actor, exportId));
        return "exports/show";
    }

    /** The progress fragment alone, for the page's polling. */
    @GetMapping("/exports/{exportId}/progress")
    String progress(Actor actor, @PathVariable long exportId, Model model) {
        model.addAttribute("job", jobs.get(actor, exportId));
        return "exports/show :: progress";
    }

    @GetMapping("/exports/{exportId}/file")
    ResponseEntity<Resource> file(Actor actor, @PathVariable long exportId) {
        return ExportApi.download(jobs.file(actor, exportId));
    }
}
