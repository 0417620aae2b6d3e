package com.carenext.report;

import com.carenext.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "工作台", description = "工作台的数字：各模块本年度的统计（每个数字带记录列表的链接）；旗、市、区级比较下级组织")
class DashboardApi {

    private final DashboardSnapshots snapshots;
    private final Clock clock;

    DashboardApi(DashboardSnapshots snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "某组织某年度的工作台数字；组织须在本人范围内（否则 404），旗及以上含下级组织比较（units）",
            description = "乡镇及以下每次请求实时统计（refreshSeconds = 0）；旗、市、区级的统计保留在内存中，一天内有人查看的每 refreshSeconds 秒（默认 600）在后台重新统计，computedAt 为统计时间（办公所在时区）")
    DashboardFigures figures(Actor actor,
                             @Parameter(description = "组织 id，缺省为本人所在组织") @RequestParam(required = false)
                             Long organizationId,
                             @Parameter(description = "年度，缺省为本年（办公所在时区）") @RequestParam(required = false)
                             Integer year) {
        return snapshots.figures(actor, organizationId, DashboardYear.of(year, LocalDate.now(clock)));
    }
}
