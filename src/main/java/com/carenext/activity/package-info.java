/**
 * Activities (活动台账): the ledger of activities by type ({@link com.carenext.activity.ActivityType}) with their
 * co-organizing partners (联动单位, who confirm), the 五老 who took part, youths reached, photos and the plan task
 * they serve; statistics by month, type and organization; education bases with their visits and the story and
 * material library (红色故事, 移风易俗). This root package holds the module's API.
 */
package com.carenext.activity;
