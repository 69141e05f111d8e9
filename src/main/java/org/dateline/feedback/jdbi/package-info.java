/** Reader feedback in SQL; {@link org.dateline.feedback.jdbi.FeedbackTables} hands out the port. */
@NullMarked
package org.dateline.feedback.jdbi;

import org.jspecify.annotations.NullMarked;
