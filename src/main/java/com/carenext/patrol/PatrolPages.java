package com.carenext.patrol;

import com.carenext.activity.ActivityFigures;
import com.carenext.activity.ActivityType;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.Paged;
import com.carenext.shared.QrSvg;
import com.carenext.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Patrol pages: the overview with alerts, the water-body register with kit and rota, the printable check-in card,
 * the volunteer's phone pages (check in, check out, own shifts) and the coverage report (hazards: HazardPages, the
 * rota form: RotaPages).
 */
@Controller
class PatrolPages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final WaterBodies waterBodies;
    private final Seasons seasons;
    private final Rota rota;
    private final PatrolLog patrolLog;
    private final PatrolSync patrolSync;
    private final CoverageReport coverageReport;
    private final Alerts alerts;
    private final ActivityFigures activityFigures;
    private final Organizations organizations;
    private final CoverageWorkbook workbook;
    private final Clock clock;

    PatrolPages(WaterBodies waterBodies, Seasons seasons, Rota rota, PatrolLog patrolLog, PatrolSync patrolSync, CoverageReport coverageReport, Alerts alerts, ActivityFigures activityFigures, Organizations organizations, CoverageWorkbook workbook,
                Clock clock) {
        this.waterBodies = waterBodies;
        this.seasons = seasons;
        this.rota = rota;
        this.patrolLog = patrolLog;
        this.patrolSync = patrolSync;
        this.coverageReport = coverageReport;
        this.alerts = alerts;
        this.activityFigures = activityFigures;
        this.organizations = organizations;
        this.workbook = workbook;
        this.clock = clock;
    }

    // ---- overview, season, coverage -----------------------------------------------------------------------------

    @GetMapping("/patrol")
    String overview(Actor actor, @RequestParam(required = false) Integer openPage,
                    @RequestParam(required = false) Integer rotaPage, Model model) {
        if (!actor.hasAny(PatrolAccess.READERS)) {
            return "redirect:/patrol/my";
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("alerts", alerts.alerts(actor, Paged.page(openPage)));
        model.addAttribute("week", coverageReport.weekFigures(actor, monday, today));
        Season current = seasons.season(actor, today.getYear());
        model.addAttribute("talks", activityFigures.count(actor, ActivityType.DROWNING_PREVENTION_TALK,
                current.startsOn(), current.endsOn()));
        model.addAttribute("rota", rota.rota(actor, today, today.plusDays(6), Paged.page(rotaPage)));
        model.addAttribute("openPage", Paged.page(openPage));
        model.addAttribute("season", seasons.season(actor, today.getYear()));
        model.addAttribute("canConfigure", seasons.mayConfigure(actor));
        if (!model.containsAttribute("seasonForm")) {
            model.addAttribute("seasonForm", SeasonForm.of(seasons.season(actor, today.getYear())));
        }
        model.addAttribute("seasonYear", today.getYear());
        return "patrol/overview";
    }

    @PostMapping("/patrol/season")
    String configure(Actor actor, @Valid @ModelAttribute("seasonForm") SeasonForm form, BindingResult errors,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(Role.TOWN_ADMIN);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return overview(actor, null, null, model);
        }
        Flash.attempt(redirect, "patrol.season.saved", () -> seasons.configure(actor, form.season()));
        return "redirect:/patrol";
    }

    /**
     * The coverage report. Above town level (a banner, city or region viewing) one line per organization below, with
     * its covered and uncovered water bodies; {@code organizationId} drills down into one of them (a town shows its
     * water bodies one by one). Every level is judged under the season of the one who asks.
     */
    @GetMapping("/patrol/coverage")
    String coverage(Actor actor, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) Long organizationId,
                    Model model, HttpServletResponse response) {
        actor.require(PatrolAccess.READERS);
        Season season = seasons.season(actor, from == null ? LocalDate.now(clock).getYear() : from.getYear());
        LocalDate start = from == null ? season.startsOn() : from;
        LocalDate end = to == null ? season.endsOn() : to;
        // a drill-down narrows the caller to an organization of their subtree (404 outside it)
        CoverageReport.Viewed drill = coverageReport.viewed(actor, organizationId);
        OrganizationSummary viewed = drill.organization();
        Actor within = drill.within();
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("season", season);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("viewed", viewed);
        model.addAttribute("drilled", organizationId != null && organizationId != actor.organizationId());
        model.addAttribute("organizationLines", null);
        try {
            if (end.isBefore(start) || start.getYear() != end.getYear()) {
                throw new BusinessRuleException("patrol.coverage.period");
            }
            if (aboveTown(viewed.type())) {
                model.addAttribute("organizationLines", coverageReport.byOrganization(within, season, start, end,
                        LocalDate.now(clock)));
                model.addAttribute("lines", List.of());
                model.addAttribute("requirements", Map.of());
            } else {
                List<Coverage.Line> lines = coverageReport.coverage(within, season, start, end, LocalDate.now(clock));
                model.addAttribute("lines", lines);
                model.addAttribute("requirements", lines.stream().collect(Collectors.toMap(
                        line -> line.body().id(), line -> workbook.requirement(line.perWeek()), (a, b) -> a)));
            }
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("lines", List.of());
            model.addAttribute("requirements", Map.of());
            model.addAttribute("failure", e.messageKey());
        }
        return "patrol/coverage";
    }

    /** Organizations whose coverage is shown per organization below them rather than per water body. */
    private static boolean aboveTown(com.carenext.organization.OrganizationType type) {
        return type == com.carenext.organization.OrganizationType.REGION_COMMITTEE
                || type == com.carenext.organization.OrganizationType.CITY_COMMITTEE
                || type == com.carenext.organization.OrganizationType.BANNER_COMMITTEE;
    }

    /** The water bodies of the report on screen: the caller's, or those of the town the caller went down to. */
    @GetMapping("/patrol/coverage.xlsx")
    void coverageExport(Actor actor, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(required = false) Long organizationId,
                        HttpServletResponse response) throws IOException {
        actor.require(PatrolAccess.READERS);
        CoverageReport.Viewed viewed = coverageReport.viewed(actor, organizationId);
        List<Coverage.Line> lines = coverageReport.coverageOf(actor, viewed, from, to);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(workbook.text("patrol.coverage.sheet") + ".xlsx", StandardCharsets.UTF_8).build().toString());
        workbook.write(viewed.organization().name(), from, to, lines, response.getOutputStream());
    }

    // ---- water bodies -------------------------------------------------------------------------------------------

    @GetMapping("/water-bodies")
    String list(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        Paged<WaterBodyView> bodies = waterBodies.list(actor, Paged.page(page));
        model.addAttribute("bodies", bodies);
        // The names of the page's organizations only, in one query.
        model.addAttribute("organizationNames", organizations.names(
                bodies.rows().stream().map(WaterBodyView::organizationId).toList()));
        model.addAttribute("canKeep", actor.hasAny(PatrolAccess.KEEPERS));
        model.addAttribute("canRead", actor.hasAny(PatrolAccess.READERS));
        return "patrol/water-bodies";
    }

    @GetMapping("/water-bodies/new")
    String createForm(Actor actor, Model model) {
        actor.require(PatrolAccess.KEEPERS);
        model.addAttribute("draft", new WaterBodyDraft(actor.organizationId(), "", WaterKind.NAOER, RiskTier.RED,
                null, null, null, null));
        return form(actor, model, null);
    }

    @PostMapping("/water-bodies")
    String create(Actor actor, @Valid @ModelAttribute("draft") WaterBodyDraft draft, BindingResult errors, Model model,
                  HttpServletResponse response) {
        actor.require(PatrolAccess.KEEPERS);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model, null);
        }
        WaterBodyView created = waterBodies.register(actor, draft);
        AuditTarget.name(PatrolAccess.WATER_BODY, created.id());
        return "redirect:/water-bodies/" + created.id();
    }

    @GetMapping("/water-bodies/{waterBodyId}")
    String show(Actor actor, @PathVariable long waterBodyId, Model model) {
        actor.require(PatrolAccess.READERS);
        WaterBodyView body = waterBodies.get(actor, waterBodyId);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("body", body);
        model.addAttribute("kit", waterBodies.kit(actor, waterBodyId));
        model.addAttribute("kitStates", KitState.values());
        model.addAttribute("patrols", patrolLog.patrols(actor, waterBodyId, null, 20));
        model.addAttribute("patrolsTotal", patrolLog.countAt(actor, waterBodyId));
        model.addAttribute("shifts", rota.rotaAt(actor, waterBodyId, today, today.plusDays(13))); // "今后 14 天"
        model.addAttribute("canKeep", actor.hasAny(PatrolAccess.KEEPERS));
        // the rota form's picker searches the fit 五老 on demand (RotaPages): nothing is chosen yet
        model.addAttribute("chosenPatrollers", List.of());
        model.addAttribute("today", today);
        model.addAttribute("organizationName", organizations.byId(body.organizationId())
                .map(OrganizationSummary::name).orElse(""));
        return "patrol/water-body";
    }

    @GetMapping("/water-bodies/{waterBodyId}/edit")
    String editForm(Actor actor, @PathVariable long waterBodyId, Model model) {
        actor.require(PatrolAccess.KEEPERS);
        WaterBodyView body = waterBodies.get(actor, waterBodyId);
        model.addAttribute("draft", new WaterBodyDraft(body.organizationId(), body.name(), body.kind(), body.riskTier(),
                body.latitude(), body.longitude(), body.responsiblePersons(), body.version()));
        return form(actor, model, waterBodyId);
    }

    @PostMapping("/water-bodies/{waterBodyId}")
    String update(Actor actor, @PathVariable long waterBodyId, @Valid @ModelAttribute("draft") WaterBodyDraft draft,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(PatrolAccess.KEEPERS);
        waterBodies.get(actor, waterBodyId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model, waterBodyId);
        }
        waterBodies.update(actor, waterBodyId, draft);
        Flash.success(redirect, "patrol.waterBody.saved");
        return "redirect:/water-bodies/" + waterBodyId;
    }

    @PostMapping("/water-bodies/{waterBodyId}/kit")
    String checkKit(Actor actor, @PathVariable long waterBodyId, @RequestParam KitItem item,
                    @RequestParam KitState state, RedirectAttributes redirect) {
        waterBodies.checkKit(actor, waterBodyId, item, state, null);
        Flash.success(redirect, "patrol.kit.saved");
        return "redirect:/water-bodies/" + waterBodyId;
    }

    /** The card to print and put up at the water body: its check-in address and short code, large. */
    @GetMapping("/water-bodies/{waterBodyId}/qr")
    String card(Actor actor, @PathVariable long waterBodyId, Model model) {
        actor.require(PatrolAccess.READERS);
        WaterBodyView body = waterBodies.get(actor, waterBodyId);
        model.addAttribute("body", body);
        String checkInUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/patrol/check-in/{id}").buildAndExpand(waterBodyId).toUriString();
        model.addAttribute("checkInUrl", checkInUrl);
        model.addAttribute("qrSvg", QrSvg.of(checkInUrl));
        model.addAttribute("codeUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/patrol/my").toUriString());
        return "patrol/card";
    }

    // ---- the volunteer's phone ----------------------------------------------------------------------------------

    @GetMapping("/patrol/my")
    String mine(Actor actor, Model model) {
        actor.require(Role.VOLUNTEER);
        model.addAttribute("shifts", rota.myShifts(actor));
        model.addAttribute("open", patrolLog.openPatrol(actor).orElse(null));
        model.addAttribute("recent", patrolLog.patrols(actor, null, null, 5));
        return "patrol/my";
    }

    /** The short code printed on the card, typed in when the camera cannot read it. */
    @GetMapping("/patrol/code")
    String byCode(Actor actor, @RequestParam String code, RedirectAttributes redirect) {
        return waterBodies.byCode(actor, code)
                .map(body -> "redirect:/patrol/check-in/" + body.id())
                .orElseGet(() -> {
                    redirect.addFlashAttribute("failure", "patrol.code.unknown");
                    return "redirect:/patrol/my";
                });
    }

    @GetMapping("/patrol/check-in/{waterBodyId}")
    String checkInPage(Actor actor, @PathVariable long waterBodyId, Model model) {
        actor.require(Role.VOLUNTEER);
        WaterBodyView body = waterBodies.get(actor, waterBodyId);
        model.addAttribute("body", body);
        model.addAttribute("open", patrolLog.openPatrol(actor).orElse(null));
        if (!model.containsAttribute("checkOut")) {
            model.addAttribute("checkOut", CheckOutForm.blank());
        }
        model.addAttribute("hazardTypes", HazardType.values());
        model.addAttribute("severities", Severity.values());
        return "patrol/check-in";
    }

    @PostMapping("/patrol/check-in/{waterBodyId}")
    String checkIn(Actor actor, @PathVariable long waterBodyId,
                   @RequestParam(required = false) BigDecimal latitude,
                   @RequestParam(required = false) BigDecimal longitude, @RequestParam(required = false) String clientId,
                   @RequestParam(required = false) Long happenedAt, RedirectAttributes redirect) {
        waterBodies.get(actor, waterBodyId);
        try {
            PatrolView patrol = patrolSync.checkIn(actor, waterBodyId, latitude, longitude, clientId, happenedAt);
            AuditTarget.name(PatrolAccess.PATROL, patrol.id());
            Flash.success(redirect, "patrol.checkIn.done", patrol.waterBodyName());
        } catch (BusinessRuleException e) {
            Flash.fail(redirect, e);
        }
        return "redirect:/patrol/check-in/" + waterBodyId;
    }

    @PostMapping("/patrols/{patrolId}/check-out")
    String checkOut(Actor actor, @PathVariable long patrolId, @Valid @ModelAttribute("checkOut") CheckOutForm form,
                    BindingResult errors, @RequestParam(required = false) MultipartFile photo, Model model,
                    @RequestParam(required = false) String clientId, @RequestParam(required = false) Long happenedAt,
                    HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        PatrolView patrol = patrolLog.get(actor, patrolId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return checkInPage(actor, patrol.waterBodyId(), model);
        }
        List<InputStream> photos = new ArrayList<>();
        if (form.reportsHazard()) {
            photos.add(photo == null || photo.isEmpty() ? null : photo.getInputStream());
        }
        try {
            patrolSync.checkOut(actor, patrolId, null, form.checkOut(), photos, clientId, happenedAt);
        } catch (BusinessRuleException e) {
            response.setStatus(422);
            model.addAttribute("failure", e.messageKey());
            model.addAttribute("failureArgs", e.arguments());
            return checkInPage(actor, patrol.waterBodyId(), model);
        }
        Flash.success(redirect, "patrol.checkOut.done", patrol.waterBodyName());
        return "redirect:/patrol/my";
    }

    static ResponseEntity<byte[]> image(byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }

    private String form(Actor actor, Model model, Long waterBodyId) {
        // Only the chosen organization (the picker searches the tree on demand): the form costs the same at any size.
        WaterBodyDraft draft = (WaterBodyDraft) model.getAttribute("draft");
        model.addAttribute("chosenOrganization", organizations.chosen(actor, draft == null ? null : draft.organizationId()));
        model.addAttribute("kinds", WaterKind.values());
        model.addAttribute("tiers", RiskTier.values());
        model.addAttribute("waterBodyId", waterBodyId);
        return "patrol/form";
    }

}
