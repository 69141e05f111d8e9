/**
 * Stories: their content (headline, bylines, dateline, body blocks, photos, tags), publication
 * facts and lists. {@link org.dateline.article.Articles} is the facade.
 */
@NullMarked
@ReadModel(
    tables = "articles",
    readers = {"newsroom.workflow", "wire", "search"},
    why =
        "the desk lists every public story, imported ones too, beside the newsroom's stories;"
            + " a translation's wire item names its published source (id, slug, language);"
            + " a search result's snippet is highlighted from the story's stored text;"
            + " the index's rebuild reads the columns it indexes (decision 0122)")
@ReadModel(
    tables = {"article_bylines", "authors", "article_tags", "tags"},
    readers = "search",
    why = "the index's rebuild reads each story's bylines' and topics' names (decision 0122)")
package org.dateline.article;

import org.dateline.shared.ReadModel;
import org.jspecify.annotations.NullMarked;
