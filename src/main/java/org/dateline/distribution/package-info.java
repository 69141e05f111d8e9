/**
 * The wire's formats: what subscribers receive. {@link org.dateline.distribution.WireItems} maps a
 * stored {@link org.dateline.article.Article} to a {@link org.dateline.distribution.WireItem} (the
 * story as a subscriber gets it: absolute URLs, a guid that never changes, photo renditions, the
 * publishing status); the writers in {@code ninjs/}, {@code newsmlg2/} and {@code feeds/} are pure
 * functions of wire items, with no HTTP and no database. Routes, subscribers and delivery live
 * elsewhere and call these.
 */
@NullMarked
package org.dateline.distribution;

import org.jspecify.annotations.NullMarked;
