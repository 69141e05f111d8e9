/**
 * Stories: their content (headline, bylines, dateline, body blocks, photos, tags), publication
 * facts and lists. {@link org.dateline.article.Articles} is the facade.
 */
package org.dateline.article;
