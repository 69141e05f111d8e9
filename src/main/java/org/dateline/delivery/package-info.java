/**
 * Webhook delivery: an outbox in the store filled from the change log for each subscriber whose
 * filter matches, and sent signed, in order per story, with retries, backoff, pausing and
 * redelivery. Everything it needs to resume survives a restart.
 */
@NullMarked
package org.dateline.delivery;

import org.jspecify.annotations.NullMarked;
