/**
 * Sitemaps for search engines, as pure functions of lists of addresses: the sitemaps.org 0.9 {@code
 * urlset} and {@code sitemapindex}, and Google's news sitemap. No HTTP, no database.
 */
@NullMarked
package org.dateline.distribution.sitemaps;

import org.jspecify.annotations.NullMarked;
