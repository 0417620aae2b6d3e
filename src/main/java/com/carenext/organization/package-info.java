/**
 * The organization tree (region → city → banner → town → 嘎查/村/社区 → units) with materialized paths, and the
 * committee rosters (组成成员) with their terms of office. {@link com.carenext.organization.Organizations} and
 * {@link com.carenext.organization.Roster} are the module's API.
 */
package com.carenext.organization;
