/**
 * Stories, bylines and tags in SQL; {@link org.dateline.article.jdbi.ArticleTables} hands out the
 * port.
 */
package org.dateline.article.jdbi;
