/** Subscribers in SQL; {@link org.dateline.subscriber.jdbi.SubscriberTables} hands out the port. */
@NullMarked
package org.dateline.subscriber.jdbi;

import org.jspecify.annotations.NullMarked;
