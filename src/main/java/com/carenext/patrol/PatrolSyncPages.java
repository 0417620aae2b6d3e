package com.carenext.patrol;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The check-out a phone kept while it had no signal: the patrol had no number then, so it names its check-in by the
 * check-in's client id. A refusal (the patrol was closed meanwhile) is answered with its reason in words, which the
 * phone shows beside the queued item.
 */
@Controller
class PatrolSyncPages {

    private final PatrolSync sync;

    PatrolSyncPages(PatrolSync sync) {
        this.sync = sync;
    }

    @PostMapping("/patrol/check-out")
    String checkOut(Actor actor, @RequestParam String checkInClientId,
                    @Valid @ModelAttribute("checkOut") CheckOutForm form, BindingResult errors,
                    @RequestParam(required = false) MultipartFile photo, @RequestParam(required = false) String clientId,
                    @RequestParam(required = false) Long happenedAt, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) throws IOException {
        if (errors.hasErrors()) {
            return problem(model, response, "error.invalid", new Object[0]);
        }
        List<InputStream> photos = new ArrayList<>();
        if (form.reportsHazard()) {
            photos.add(photo == null || photo.isEmpty() ? null : photo.getInputStream());
        }
        try {
            PatrolView patrol = sync.checkOut(actor, null, checkInClientId, form.checkOut(), photos, clientId,
                    happenedAt);
            AuditTarget.name(PatrolAccess.PATROL, patrol.id());
            Flash.success(redirect, "patrol.checkOut.done", patrol.waterBodyName());
            return "redirect:/patrol/my";
        } catch (BusinessRuleException e) {
            return problem(model, response, e.messageKey(), e.arguments());
        }
    }

    private static String problem(Model model, HttpServletResponse response, String key, Object[] arguments) {
        response.setStatus(422);
        model.addAttribute("failure", key);
        model.addAttribute("failureArgs", arguments);
        return "patrol/sync-problem";
    }
}
