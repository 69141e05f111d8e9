/**
 * The newsroom workflow: stories and their stages, the one transition table, the facade that
 * applies it ({@link org.dateline.newsroom.workflow.Workflow}), and the scheduler.
 */
@ReadModel(
    tables = "stories",
    readers = "article",
    why =
        "a public story links its published translations: the articles of the stories that share"
            + " its story's translation group (decision 0077)")
package org.dateline.newsroom.workflow;

import org.dateline.shared.ReadModel;
