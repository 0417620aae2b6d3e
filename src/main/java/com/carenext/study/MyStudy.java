package com.carenext.study;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One study or training the caller attended, with the 学习心得 they wrote on it (null when none). */
public record MyStudy(long sessionId, String topic, LocalDateTime startsAt, BigDecimal hours, String note) {
}
