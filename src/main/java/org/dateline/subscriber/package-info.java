/**
 * Subscribers of the wire: who they are, what they may receive (sections, languages, formats),
 * where their webhook is, their API key (stored hashed), its rate limit and their daily usage.
 */
package org.dateline.subscriber;
