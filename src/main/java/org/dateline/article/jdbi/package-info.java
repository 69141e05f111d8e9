/**
 * Stories, bylines and tags in SQL; {@link org.dateline.article.jdbi.ArticleTables} hands out the
 * port.
 */
@NullMarked
package org.dateline.article.jdbi;

import org.jspecify.annotations.NullMarked;
