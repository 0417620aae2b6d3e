package com.carenext.volunteer;

import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The .xlsx import of the registry: all or nothing by default (every bad row named), or, when asked, only the
 * valid rows, saying how many were taken and which were left out.
 */
@Controller
class VolunteerImportPages {

    private final VolunteerImport importer;
    private final Volunteers volunteers;
    private final Organizations organizations;

    VolunteerImportPages(VolunteerImport importer, Volunteers volunteers, Organizations organizations) {
        this.importer = importer;
        this.volunteers = volunteers;
        this.organizations = organizations;
    }

    @GetMapping("/volunteers/import")
    String form(Actor actor) {
        actor.require(Volunteers.KEEPERS);
        return "volunteer/import";
    }

    @GetMapping("/volunteers/import-template.xlsx")
    void template(Actor actor, HttpServletResponse response) throws IOException {
        actor.require(Volunteers.KEEPERS);
        response.setContentType(VolunteerPages.XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(importer.templateName() + ".xlsx", StandardCharsets.UTF_8).build().toString());
        importer.template(response.getOutputStream());
    }

    @PostMapping("/volunteers/import")
    String importFile(Actor actor, @RequestParam("file") MultipartFile file,
                      @RequestParam(defaultValue = "false") boolean validOnly, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        actor.require(Volunteers.KEEPERS);
        try {
            VolunteerImport.Reading reading = importer.read(file.getInputStream(), organizations.subtree(actor, false));
            if (!reading.problems().isEmpty() && (!validOnly || reading.drafts().isEmpty())) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("problems", reading.problems());
                return "volunteer/import";
            }
            int saved = volunteers.registerAll(actor, reading.drafts());
            if (reading.problems().isEmpty()) {
                Flash.success(redirect, "volunteer.import.done", saved);
                return "redirect:/volunteers";
            }
            model.addAttribute("saved", saved);
            model.addAttribute("problems", reading.problems());
            return "volunteer/import";
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failure", e.messageKey());
            model.addAttribute("failureArgs", e.arguments());
            return "volunteer/import";
        }
    }
}
