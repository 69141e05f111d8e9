/** Writing stories: drafts, revisions, word diffs, and the editor's HTML (BodyHtml). */
@NullMarked
package org.dateline.newsroom.editor;

import org.jspecify.annotations.NullMarked;
