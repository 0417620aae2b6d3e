package com.carenext.scorecard;

import com.carenext.demo.DemoLoader;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.DemoTask;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: 乌审召镇 loads the default criteria for its 嘎查（村）、社区 and schools, for 2023 (the seed plan's year) and the
 * current year, so that the cards come out of the other modules' demo records; two 嘎查 have confirmed evidence for
 * 2023 and one has evidence waiting this year, all marked 演示. Loads only when no criteria exist.
 */
@Component
@Order(90)
class ScorecardDemo implements DemoTask {

    private static final String TOWN = "乌审召镇关工委";

    private final Criteria criteria;
    private final Evidence evidence;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    ScorecardDemo(Criteria criteria, Evidence evidence, Organizations organizations, JdbcClient jdbc, Clock clock) {
        this.criteria = criteria;
        this.evidence = evidence;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        if (jdbc.sql("SELECT COUNT(*) FROM scorecard_criterion").query(Integer.class).single() > 0
                || organizations.topLevel().isEmpty()) {
            return;
        }
        Actor root = DemoLoader.at(organizations.topLevel().get(0));
        OrganizationSummary town = organizations.search(root, TOWN, 5).stream()
                .filter(o -> o.name().equals(TOWN)).findFirst().orElse(null);
        if (town == null) {
            return;
        }
        Actor office = DemoLoader.at(town);
        int current = LocalDate.now(clock).getYear();
        for (int year : current == 2023 ? new int[]{2023} : new int[]{2023, current}) {
            for (OrganizationType level : DefaultCriteria.LEVELS) {
                criteria.loadDefaults(office, year, level);
            }
        }
        List<OrganizationSummary> villages = organizations.subtree(office, false).stream()
                .filter(o -> o.type() == OrganizationType.VILLAGE_COMMITTEE).limit(2).toList();
        for (OrganizationSummary village : villages) {
            confirmed(office, village, 2023, "inclusion.plan", "纳入党建规划的文件（演示）.png");
            confirmed(office, village, 2023, "uniform.name", "关工委标牌照片（演示）.png");
        }
        if (!villages.isEmpty() && current != 2023) {
            Criterion seal = criterion(office, current, "uniform.seal");
            evidence.demo(office, villages.get(0), seal, "印章与标牌照片（演示）.png", image(), "本年度标牌已更新（演示）");
        }
    }

    private void confirmed(Actor office, OrganizationSummary unit, int year, String key, String name) {
        long id = evidence.demo(office, unit, criterion(office, year, key), name, image(), "演示佐证");
        evidence.confirm(office, id, 0L);
    }

    private Criterion criterion(Actor office, int year, String key) {
        return criteria.own(office, year, OrganizationType.VILLAGE_COMMITTEE).stream()
                .filter(c -> key.equals(c.defaultKey())).findFirst().orElseThrow();
    }

    /** A plain picture standing for a photo of a sign or a scanned 文件. */
    private static byte[] image() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xB0, 0x1E, 0x23));
        graphics.fillRect(0, 0, 320, 200);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(20, 70, 280, 60);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
