/**
 * Subscribers of the wire: who they are, what they may receive (sections, languages, formats),
 * where their webhook is, their API key (stored hashed), its rate limit and their daily usage.
 */
@NullMarked
package org.dateline.subscriber;

import org.jspecify.annotations.NullMarked;
