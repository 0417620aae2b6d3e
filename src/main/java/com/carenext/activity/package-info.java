/**
 * Activities (活动台账): the ledger of activities by type with partners, youths reached, photos (kept by the files
 * module), links to plan tasks, and the education bases with their visits and story library.
 */
package com.carenext.activity;
