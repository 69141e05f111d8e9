/**
 * The newsroom workflow: stories and their stages, the one transition table, the facade that
 * applies it ({@link org.dateline.newsroom.workflow.Workflow}), and the scheduler.
 */
@NullMarked
@ReadModel(
    tables = "stories",
    readers = "wire",
    why = "a wire item carries its story's translation group and source (decision 0078)")
package org.dateline.newsroom.workflow;

import org.dateline.shared.ReadModel;
import org.jspecify.annotations.NullMarked;
