/**
 * The newsroom workflow: stories and their stages, the one transition table, the facade that
 * applies it ({@link org.dateline.newsroom.workflow.Workflow}), and the scheduler.
 */
@NullMarked
package org.dateline.newsroom.workflow;

import org.jspecify.annotations.NullMarked;
