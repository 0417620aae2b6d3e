package com.carenext.plan;

import java.util.List;

/** A plan's progress: the plan, each section and each task, with the indicators' figures behind them. */
public record PlanProgress(long planId, int year, int progress, List<Section> sections) {

    public record Section(long id, String number, String title, int progress, List<Task> tasks) {
    }

    public record Task(long id, String number, String text, int progress, List<IndicatorView> indicators) {
    }
}
