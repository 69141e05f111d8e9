/**
 * Stories in the workflow, their versions and audit trail in SQL; {@link
 * org.dateline.newsroom.workflow.jdbi.StoryTables} hands out the port.
 */
package org.dateline.newsroom.workflow.jdbi;
