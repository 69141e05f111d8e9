/**
 * IPTC ninjs (News in JSON), versions 2.x and 3.x, written from a {@link
 * org.dateline.distribution.WireItem}: {@link org.dateline.distribution.ninjs.NinjsWriter}.
 * Subscriber documentation: {@code docs/formats/ninjs.md}.
 */
@NullMarked
package org.dateline.distribution.ninjs;

import org.jspecify.annotations.NullMarked;
