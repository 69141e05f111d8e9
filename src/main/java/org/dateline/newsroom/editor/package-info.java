/** Writing stories: drafts, revisions, word diffs, and the editor's HTML (BodyHtml). */
package org.dateline.newsroom.editor;
