package org.dateline.newsroom.workflow;

import java.time.Instant;
import java.util.Optional;
import org.dateline.newsroom.auth.User;

/**
 * An action carried out on a story, told to {@link Workflow#onAction} listeners inside the action's
 * transaction (so what they write commits or rolls back with it): the story after the action, the
 * action, its note (a correction's or a kill's reason), when, and by whom (empty: the scheduler).
 */
public record ActionTaken(
    Story story, Action action, String note, Instant at, Optional<User> user) {}
