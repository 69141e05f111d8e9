/**
 * IPTC NewsML-G2 2.35 news items (Power conformance), with the body as XHTML or NITF 3.6 in {@code
 * inlineXML}: {@link org.dateline.distribution.newsmlg2.NewsMlG2Writer}. Subscriber documentation:
 * {@code docs/formats/newsml-g2.md}.
 */
@NullMarked
package org.dateline.distribution.newsmlg2;

import org.jspecify.annotations.NullMarked;
