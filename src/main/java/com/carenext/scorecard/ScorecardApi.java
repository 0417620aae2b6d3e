package com.carenext.scorecard;

import com.carenext.organization.OrganizationType;
import com.carenext.shared.Actor;
import com.carenext.shared.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The standardization cards as JSON, with the same service and scope as the pages. */
@RestController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "规范化建设评分", description = "四纳入、四统一、五好基层关工委：每个单位的各项标准、是否达标及原因")
class ScorecardApi {

    private final Scorecards scorecards;
    private final Clock clock;

    ScorecardApi(Scorecards scorecards, Clock clock) {
        this.scorecards = scorecards;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "本人范围内每个单位的评分卡（按得分率排名）：各项标准、是否达标、原因（数值与要求，或佐证状态）")
    List<Scorecard> list(Actor actor,
                         @Parameter(description = "年度，默认本年") @RequestParam(required = false) Integer year,
                         @Parameter(description = "单位类型（层级），默认全部") @RequestParam(required = false)
                         OrganizationType level) {
        return scorecards.cards(actor, year(year), level);
    }

    @GetMapping("/{organizationId}")
    @Operation(summary = "一个单位的评分卡；范围外的单位为 404")
    Scorecard card(Actor actor, @PathVariable long organizationId,
                   @Parameter(description = "年度，默认本年") @RequestParam(required = false) Integer year) {
        return scorecards.card(actor, organizationId, year(year));
    }

    private int year(Integer year) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        if (shown < 2000 || shown > 2100) {
            throw new BadRequestException("scorecard.year.invalid");
        }
        return shown;
    }
}
