/**
 * Publicity (信息宣传): the correspondent grid, article submissions and their adoption by outlets at five levels,
 * scoring by yearly rules kept as data (量化考核), monthly statistics and the monthly 通报, and the year-end
 * assessment with its commendation and criticism lists. {@link com.carenext.publicity.Correspondents},
 * {@link com.carenext.publicity.Articles}, {@link com.carenext.publicity.PublicityScores} and
 * {@link com.carenext.publicity.Bulletins} are the module's API; {@link com.carenext.publicity.CorrespondentTrainings}
 * is the extension point through which the study module shows 通讯员培训 sessions on a correspondent's record.
 */
package com.carenext.publicity;
