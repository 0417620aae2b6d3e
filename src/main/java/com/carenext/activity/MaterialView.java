package com.carenext.activity;

import java.util.List;

/** A story or material with its owning organization (a base, or any committee) and tags. */
public record MaterialView(long id, long organizationId, String organizationName, MaterialKind kind, String title,
                           String body, List<String> tags) {
}
