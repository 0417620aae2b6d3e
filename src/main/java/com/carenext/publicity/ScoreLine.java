package com.carenext.publicity;

/**
 * One line of a score's explanation: the rule, what it applied to ({@code subject}: a level, a kind, a count of
 * missing articles), the article if any, and the points it gave (negative for caps and penalties).
 */
public record ScoreLine(ScoreRule rule, String subject, Long articleId, String articleTitle, int points) {
}
