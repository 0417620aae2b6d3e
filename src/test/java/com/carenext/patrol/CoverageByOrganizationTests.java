package com.carenext.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.security.UserView;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coverage report above town level: the per-organization counts the database decides
 * ({@link CoverageReport#byOrganization}) against the per-body report ({@link Coverage}, the rules as they were
 * written first) grouped by the organization directly below the viewer — over a banner with towns, villages, water
 * bodies kept at the banner and at a town themselves, every risk tier, bodies patrolled daily, some weeks short, open
 * patrols that do not count, periods cut mid-week and a day of judgement inside a running week.
 */
@CareNextTest
class CoverageByOrganizationTests {

    private static final int YEAR = 2023;
    private static int sequence;

    @Autowired
    Organizations organizations;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CoverageReport report;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theCountsPerOrganizationAreThoseOfThePerBodyReport() throws Exception {
        int n = ++sequence;
        OrganizationSummary banner = organizations.createRoot("测试旗" + n + "关工委", OrganizationType.BANNER_COMMITTEE);
        UserView officer = fixtures.user("bannerofficer" + banner.id(), banner, Role.TOWN_ADMIN);
        Actor office = Fixtures.actor(officer, banner);
        List<OrganizationSummary> towns = new ArrayList<>();
        List<OrganizationSummary> places = new ArrayList<>(List.of(banner));
        for (int t = 0; t < 3; t++) {
            OrganizationSummary town = fixtures.organization(office, banner, "镇" + t, OrganizationType.TOWN_COMMITTEE);
            towns.add(town);
            places.add(town);
            for (int v = 0; v < 2; v++) {
                places.add(fixtures.organization(office, town, "镇" + t + "村" + v, OrganizationType.VILLAGE_COMMITTEE));
            }
        }
        Random random = new Random(20261203L);
        RiskTier[] tiers = RiskTier.values();
        int body = 0;
        for (OrganizationSummary place : places) {
            for (int b = 0; b < 3; b++, body++) {
                RiskTier tier = tiers[body % tiers.length];
                jdbc.update("INSERT INTO water_body (organization_id, organization_path, name, kind, risk_tier, "
                        + "check_in_code, version, created_at) VALUES (?, ?, ?, 'LAKE', ?, ?, 0, ?)", place.id(),
                        place.path(), "水域" + body, tier.name(), "C" + n + "x" + body,
                        Timestamp.valueOf(LocalDate.of(YEAR, 1, 1).atStartOfDay()));
                long id = jdbc.queryForObject("SELECT id FROM water_body WHERE check_in_code = ?", Long.class,
                        "C" + n + "x" + body);
                patrols(random, id, place, body % 4 == 0);
            }
        }
        List<Season> seasons = List.of(Season.standard(YEAR),
                new Season(YEAR, LocalDate.of(YEAR, 6, 7), LocalDate.of(YEAR, 8, 20), 2, 3, 0, 0));
        List<LocalDate[]> periods = List.of(
                new LocalDate[]{LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 8, 31), LocalDate.of(YEAR, 12, 1)},
                new LocalDate[]{LocalDate.of(YEAR, 6, 14), LocalDate.of(YEAR, 7, 27), LocalDate.of(YEAR, 12, 1)},
                // judged on a Wednesday: the running week is not judged yet, nor the days after
                new LocalDate[]{LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 8, 31), LocalDate.of(YEAR, 7, 12)},
                new LocalDate[]{LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 8, 31), LocalDate.of(YEAR, 5, 1)});
        int covered = 0;
        int uncovered = 0;
        for (Season season : seasons) {
            for (LocalDate[] period : periods) {
                for (Actor viewer : List.of(office, within(office, towns.get(0)))) {
                    Map<Long, int[]> expected = expected(viewer, season, period);
                    Map<Long, int[]> actual = new TreeMap<>();
                    report.byOrganization(viewer, season, period[0], period[1], period[2])
                            .forEach(line -> actual.put(line.organizationId(), new int[]{line.bodies(), line.covered()}));
                    assertThat(actual).as(season + " " + List.of(period) + " " + viewer.organizationName())
                            .containsOnlyKeys(expected.keySet());
                    expected.forEach((id, counts) -> assertThat(actual.get(id)).as(season + " " + List.of(period)
                            + " " + viewer.organizationName() + " " + id).containsExactly(counts));
                    for (int[] counts : expected.values()) {
                        covered += counts[1];
                        uncovered += counts[0] - counts[1];
                    }
                }
            }
        }
        // the data makes bodies of both kinds, or the comparison would prove little
        assertThat(covered).isGreaterThan(20);
        assertThat(uncovered).isGreaterThan(20);

        // the page: the banner's towns (and its own bodies) as lines; a town drills down to its water bodies
        var login = Fixtures.login(mvc, officer.username());
        String page = mvc.perform(get("/patrol/coverage").param("from", YEAR + "-06-01").param("to", YEAR + "-08-31")
                .with(login)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("coverage-org-" + towns.get(1).id(), "coverage-org-" + banner.id())
                .doesNotContain("coverage-table");
        String town = mvc.perform(get("/patrol/coverage").param("from", YEAR + "-06-01").param("to", YEAR + "-08-31")
                        .param("organizationId", String.valueOf(towns.get(1).id())).with(login))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(town).contains("coverage-table", "镇1村0").doesNotContain("coverage-org-")
                .contains("coverage.xlsx?from=" + YEAR + "-06-01&amp;to=" + YEAR + "-08-31&amp;organizationId="
                        + towns.get(1).id());
        // its workbook: that town's nine water bodies under its name, not the banner's thirty
        byte[] xlsx = mvc.perform(get("/patrol/coverage.xlsx").param("from", YEAR + "-06-01").param("to", YEAR + "-08-31")
                        .param("organizationId", String.valueOf(towns.get(1).id())).with(login))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int row = 2; row <= sheet.getLastRowNum(); row++) {
                if (sheet.getRow(row) != null && sheet.getRow(row).getCell(0) != null) {
                    names.add(sheet.getRow(row).getCell(0).getStringCellValue());
                }
            }
            assertThat(names).filteredOn(name -> name.startsWith("水域")).containsExactlyInAnyOrder("水域12", "水域13",
                    "水域14", "水域15", "水域16", "水域17", "水域18", "水域19", "水域20");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(towns.get(1).name());
        }
        // outside the caller's subtree: not found
        OrganizationSummary other = organizations.createRoot("别的旗" + n, OrganizationType.BANNER_COMMITTEE);
        mvc.perform(get("/patrol/coverage").param("organizationId", String.valueOf(other.id())).with(login))
                .andExpect(status().isNotFound());

        // the API: the page's lines per organization below, at any level; the per-body lines of one organization only
        LocalDate from = LocalDate.of(YEAR, 6, 1);
        LocalDate to = LocalDate.of(YEAR, 8, 31);
        List<Long> bannerLines = report.byOrganization(office, null, from, to).stream()
                .map(CoverageReport.OrganizationLine::organizationId).toList();
        assertThat(bannerLines).containsExactlyInAnyOrder(banner.id(), towns.get(0).id(), towns.get(1).id(),
                towns.get(2).id());
        for (Long drill : java.util.Arrays.asList(null, towns.get(1).id())) {
            List<CoverageReport.OrganizationLine> lines = report.byOrganization(office, drill, from, to);
            var request = get("/api/v1/patrols/coverage/by-organization").param("from", from.toString())
                    .param("to", to.toString()).with(login);
            if (drill != null) {
                request.param("organizationId", drill.toString());
            }
            var answer = mvc.perform(request).andExpect(status().isOk())
                    .andExpect(jsonPath("$.length()").value(lines.size()));
            for (int i = 0; i < lines.size(); i++) {
                answer.andExpect(jsonPath("$[" + i + "].organizationId").value(lines.get(i).organizationId()))
                        .andExpect(jsonPath("$[" + i + "].bodies").value(lines.get(i).bodies()))
                        .andExpect(jsonPath("$[" + i + "].covered").value(lines.get(i).covered()));
            }
        }
        assertThat(report.byOrganization(office, towns.get(1).id(), from, to))
                .extracting(CoverageReport.OrganizationLine::organizationId)
                .containsExactlyInAnyOrderElementsOf(organizations.subtree(within(office, towns.get(1)), true).stream()
                        .map(OrganizationSummary::id).toList());
        // the second town's water bodies (three at the town, three at each of its villages), and no other
        mvc.perform(get("/api/v1/patrols/coverage").param("from", from.toString()).param("to", to.toString())
                        .param("organizationId", String.valueOf(towns.get(1).id())).with(login))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].body.name", org.hamcrest.Matchers.containsInAnyOrder("水域12", "水域13",
                        "水域14", "水域15", "水域16", "水域17", "水域18", "水域19", "水域20")));
        for (String api : List.of("/api/v1/patrols/coverage", "/api/v1/patrols/coverage/by-organization")) {
            mvc.perform(get(api).param("from", from.toString()).param("to", to.toString())
                            .param("organizationId", String.valueOf(other.id())).with(login))
                    .andExpect(status().isNotFound());
        }
    }

    /** The per-body report's lines, counted per organization directly below the viewer (or the viewer's own). */
    private Map<Long, int[]> expected(Actor viewer, Season season, LocalDate[] period) {
        Map<String, Long> ids = new TreeMap<>();
        organizations.subtree(viewer, true).forEach(o -> ids.put(o.path(), o.id()));
        Map<Long, String> pathOfBody = new TreeMap<>();
        jdbc.query("SELECT id, organization_path FROM water_body WHERE organization_path LIKE ?",
                rs -> {
                    pathOfBody.put(rs.getLong(1), rs.getString(2));
                }, viewer.scopePattern());
        Map<Long, int[]> expected = new TreeMap<>();
        for (Coverage.Line line : report.coverage(viewer, season, period[0], period[1], period[2])) {
            String path = pathOfBody.get(line.body().id());
            String rest = path.substring(viewer.scopePath().length());
            String under = viewer.scopePath() + (rest.isEmpty() ? "" : rest.substring(0, rest.indexOf('/') + 1));
            int[] counts = expected.computeIfAbsent(ids.get(under), k -> new int[2]);
            counts[0]++;
            counts[1] += line.isCovered() ? 1 : 0;
        }
        return expected;
    }

    private static Actor within(Actor actor, OrganizationSummary organization) {
        return new Actor(actor.userId(), actor.username(), actor.displayName(), organization.id(), organization.name(),
                organization.path(), actor.roles());
    }

    /** A season's patrols at one body: every day when {@code daily}, else now and then; a few left open. */
    private void patrols(Random random, long body, OrganizationSummary place, boolean daily) {
        List<Object[]> rows = new ArrayList<>();
        for (LocalDate day = LocalDate.of(YEAR, 5, 28); day.isBefore(LocalDate.of(YEAR, 9, 4)); day = day.plusDays(1)) {
            int count = daily ? 1 + random.nextInt(2) : random.nextInt(7) < 3 ? 1 + random.nextInt(2) : 0;
            for (int i = 0; i < count; i++) {
                Timestamp in = Timestamp.valueOf(day.atTime(6 + random.nextInt(16), random.nextInt(60)));
                boolean open = random.nextInt(40) == 0;
                rows.add(new Object[]{body, place.id(), place.path(), 800_000_000L + body * 1000 + rows.size(), in,
                        open ? null : new Timestamp(in.getTime() + 45 * 60_000L)});
            }
        }
        jdbc.batchUpdate("INSERT INTO patrol (water_body_id, organization_id, organization_path, volunteer_id, "
                + "volunteer_name, user_id, checked_in_at, checked_out_at) VALUES (?, ?, ?, 1, '老人', ?, ?, ?)", rows);
    }
}
