/**
 * Stories in the workflow, their versions and audit trail in SQL; {@link
 * org.dateline.newsroom.workflow.jdbi.StoryTables} hands out the port.
 */
@NullMarked
package org.dateline.newsroom.workflow.jdbi;

import org.jspecify.annotations.NullMarked;
