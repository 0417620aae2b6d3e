/**
 * Demo data for a newcomer (乌审召镇, from the seed document and public facts), loaded only when
 * {@code CARENEXT_DEMO=true} and only into an empty database: never into a production database that has data.
 */
package com.carenext.demo;
