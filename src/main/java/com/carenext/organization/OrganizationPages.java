package com.carenext.organization;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization tree and each organization's page: details, sub-organizations and actions. */
@Controller
@RequestMapping("/organizations")
class OrganizationPages {

    private final Organizations organizations;
    private final Roster roster;

    OrganizationPages(Organizations organizations, Roster roster) {
        this.organizations = organizations;
        this.roster = roster;
    }

    @GetMapping
    String tree(Actor actor, @RequestParam(required = false) String q, Model model) {
        List<OrganizationSummary> roots = organizations.children(actor, null);
        model.addAttribute("roots", roots);
        // The actor's own organization opens with its first level shown; deeper levels load when opened.
        java.util.Map<Long, List<OrganizationSummary>> rootChildren = new java.util.HashMap<>();
        roots.forEach(root -> rootChildren.put(root.id(), organizations.children(actor, root.id())));
        model.addAttribute("rootChildren", rootChildren);
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            // the first SEARCH_SHOWN, shallowest first, and how many match in all (counted only when cut)
            List<OrganizationSummary> results = organizations.search(actor, q, SEARCH_SHOWN);
            model.addAttribute("results", results);
            model.addAttribute("resultsTotal", results.size() < SEARCH_SHOWN ? results.size()
                    : organizations.searchCount(actor, q));
        }
        return "organization/tree";
    }

    /** How many matches the tree's search lists; the page says how many there are in all. */
    static final int SEARCH_SHOWN = 100;

    /** How many matches the picker lists; more are announced, so the user types more (no silent cap). */
    static final int PICKER_LIMIT = 20;

    /**
     * The choices of an organization picker (templates/organization/picker.html) for the text typed into its search
     * box: the empty choice where the field allows one, the current choice(s), then the matching organizations of the
     * caller's subtree, each with its parent's name (names repeat across towns), at most {@link #PICKER_LIMIT}. An
     * empty text lists the caller's own organization and the first levels below it. The current choices come as the
     * field's own parameter (the picker sends its select or its checked boxes), so typing again keeps them; a choice
     * outside the caller's subtree is dropped, never named. {@code types} limits the matches to some kinds of
     * organization; {@code multiple} answers checkboxes instead of options. Its cost does not grow with the tree: one
     * limited query, one for the choices and one for the parents' names.
     */
    @GetMapping("/picker")
    String picker(Actor actor, @RequestParam(defaultValue = "") String q,
                  @RequestParam(required = false) List<Long> selected,
                  @RequestParam(defaultValue = "organizationId") String field,
                  @RequestParam(defaultValue = "false") boolean required,
                  @RequestParam(defaultValue = "false") boolean multiple,
                  @RequestParam(required = false) List<OrganizationType> types,
                  @RequestParam(defaultValue = "common.all") String empty,
                  jakarta.servlet.http.HttpServletRequest request, Model model) {
        PickerRequest picked = PickerRequest.of(request, field, "organizationId", empty, "common.all");
        List<Long> wanted = new java.util.ArrayList<>(selected == null ? List.of() : selected);
        wanted.addAll(picked.sent());
        List<OrganizationSummary> chosen = organizations.chosen(actor, wanted);
        java.util.Set<Long> chosenIds = chosen.stream().map(OrganizationSummary::id).collect(java.util.stream.Collectors.toSet());
        // Shallowest first, so an empty text gives the caller's own organization and the first level below it.
        List<OrganizationSummary> found = organizations.search(actor, q, types == null ? List.of() : types,
                PICKER_LIMIT + chosen.size() + 1);
        List<OrganizationSummary> unchosen = found.stream().filter(o -> !chosenIds.contains(o.id())).toList();
        List<OrganizationSummary> matches = unchosen.stream().limit(PICKER_LIMIT).toList();
        // Parents' names, but not the one above the caller's own organization (outside the caller's scope).
        Map<Long, String> parents = organizations.names(matches.stream().filter(o -> o.id() != actor.organizationId())
                .map(OrganizationSummary::parentId).filter(java.util.Objects::nonNull).toList());
        model.addAttribute("matches", matches.stream().map(o -> new Choice(o.id(), o.active(),
                o.parentId() != null && parents.containsKey(o.parentId()) ? parents.get(o.parentId()) + " › " + o.name() : o.name())).toList());
        model.addAttribute("more", unchosen.size() > PICKER_LIMIT);
        model.addAttribute("chosen", chosen);
        model.addAttribute("field", picked.field());
        model.addAttribute("required", required);
        model.addAttribute("empty", picked.empty());
        return multiple ? "organization/picker :: checks" : "organization/picker :: options";
    }

    /**
     * One option of the picker: the organization and its label (with its parent's name where the caller sees it).
     * Public, so that the template's compiled expressions may call its accessors.
     */
    public record Choice(long id, boolean active, String label) {
    }

    /** The children of a node, as a fragment the tree loads when a node is opened. */
    @GetMapping("/{id}/children")
    String children(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("nodes", organizations.children(actor, id));
        return "organization/nodes :: nodes(nodes=${nodes})";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(defaultValue = "false") boolean history, Model model) {
        OrganizationSummary organization = organizations.get(actor, id);
        model.addAttribute("organization", organization);
        model.addAttribute("ancestors", organizations.ancestors(actor, id));
        model.addAttribute("children", organizations.children(actor, id));
        model.addAttribute("on", on);
        model.addAttribute("history", history);
        model.addAttribute("members", history ? roster.history(actor, id) : roster.on(actor, id, on));
        model.addAttribute("posts", CommitteePost.values());
        // The move form's picker holds the current parent only (it searches the tree on demand; a move under the
        // organization's own subtree is refused by the rule).
        model.addAttribute("chosenParent", organizations.chosen(actor, organization.parentId()));
        return "organization/show";
    }

    @GetMapping("/new")
    String createForm(Actor actor, @RequestParam long parentId, Model model) {
        OrganizationSummary parent = organizations.get(actor, parentId);
        model.addAttribute("draft", new OrganizationDraft("", null, parent.id(), 0, null, null, null, null));
        return form(model, parent, null);
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute("draft") OrganizationDraft draft, BindingResult errors,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, draft.parentId() == null ? null : organizations.get(actor, draft.parentId()), null);
        }
        OrganizationSummary created = organizations.create(actor, draft);
        AuditTarget.name(Organizations.ENTITY, created.id());
        Flash.success(redirect, "organization.created");
        return "redirect:/organizations/" + created.id();
    }

    @GetMapping("/{id}/edit")
    String editForm(Actor actor, @PathVariable long id, Model model) {
        OrganizationSummary organization = organizations.get(actor, id);
        model.addAttribute("draft", OrganizationDraft.of(organization));
        return form(model, null, organization);
    }

    @PostMapping("/{id}")
    String update(Actor actor, @PathVariable long id, @Valid @ModelAttribute("draft") OrganizationDraft draft,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, null, organizations.get(actor, id));
        }
        organizations.describe(actor, id, draft);
        Flash.success(redirect, "common.saved");
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/{id}/move")
    String move(Actor actor, @PathVariable long id, @RequestParam long parentId, @RequestParam Long version,
                RedirectAttributes redirect) {
        Flash.attempt(redirect, "organization.moved", () -> organizations.move(actor, id, parentId, version));
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(Actor actor, @PathVariable long id, @RequestParam Long version, RedirectAttributes redirect) {
        Flash.attempt(redirect, "organization.deactivated", () -> organizations.setActive(actor, id, false, version));
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(Actor actor, @PathVariable long id, @RequestParam Long version, RedirectAttributes redirect) {
        Flash.attempt(redirect, "organization.reactivated", () -> organizations.setActive(actor, id, true, version));
        return "redirect:/organizations/" + id;
    }

    private String form(Model model, OrganizationSummary parent, OrganizationSummary organization) {
        model.addAttribute("parent", parent);
        model.addAttribute("organization", organization);
        model.addAttribute("types", List.of(OrganizationType.values()));
        return "organization/form";
    }
}
