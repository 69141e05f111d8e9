/**
 * The newsroom workflow: stories and their stages, the one transition table, the facade that
 * applies it ({@link org.dateline.newsroom.workflow.Workflow}), and the scheduler.
 */
@NullMarked
@ReadModel(
    tables = "stories",
    readers = {"wire", "article"},
    why =
        "a wire item carries its story's translation group and source (decision 0078); a public"
            + " story links its published translations, the articles of the stories that share its"
            + " story's translation group (decision 0077)")
package org.dateline.newsroom.workflow;

import org.dateline.shared.ReadModel;
import org.jspecify.annotations.NullMarked;
