/**
 * The standardization scorecard (四纳入 / 四统一 / 五好基层关工委): criteria as data, set by a town for one year and
 * one level of unit (a default set is loaded on request and stays editable), each met automatically from the
 * modules' measures (grouped per unit in SQL) and the roster, or by evidence the unit uploads and the town confirms.
 * The API is {@link com.carenext.scorecard.Scorecards} with its read records; the rest is package-private.
 */
package com.carenext.scorecard;
