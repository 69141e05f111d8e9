/** Deliveries in SQL; {@link org.dateline.delivery.jdbi.DeliveryTables} hands out the port. */
@NullMarked
package org.dateline.delivery.jdbi;

import org.jspecify.annotations.NullMarked;
