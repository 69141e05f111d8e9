package org.dateline.newsroom.workflow;

import java.util.Optional;

/** What the desk lists: a stage, optionally a section, an author (user id) and headline words. */
public record DeskQuery(
    Stage stage, Optional<String> section, Optional<Long> authorId, Optional<String> headline) {}
