/**
 * Activities (活动台账). For now only the photo storage shared with the patrol module; the ledger follows.
 */
package com.carenext.activity;
