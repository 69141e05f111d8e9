package org.dateline.newsroom.workflow;

import java.util.Optional;

/**
 * A row of the desk's Published or All tab: a newsroom story, a public story that has none yet (an
 * import, the demo), or a story and its public record; with its position in the list.
 */
public record DeskEntry(Optional<Long> storyId, Optional<Long> articleId, DeskCursor cursor) {}
