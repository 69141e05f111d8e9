/** The JSON form of a draft as the newsroom stores it between saves. */
package org.dateline.newsroom.editor.format;
