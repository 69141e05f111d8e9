/**
 * Public feeds of wire items: RSS 2.0 and Atom 1.0 (through Rome, with Media RSS for photos) and
 * JSON Feed 1.1 (through Jackson). Feeds are public, so only usable stories are written: an
 * embargoed or killed story never appears in one. Subscriber documentation: {@code
 * docs/formats/feeds.md}.
 */
@NullMarked
package org.dateline.distribution.feeds;

import org.jspecify.annotations.NullMarked;
