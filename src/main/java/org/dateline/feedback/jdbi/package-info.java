/** Reader feedback in SQL; {@link org.dateline.feedback.jdbi.FeedbackTables} hands out the port. */
package org.dateline.feedback.jdbi;
