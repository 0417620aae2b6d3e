package com.carenext.study;

import java.time.Instant;

/** A 学习心得 written by an attendee. */
public record NoteView(long id, long sessionId, String sessionTopic, long volunteerId, String volunteerName,
                       String body, Instant writtenAt) {
}
