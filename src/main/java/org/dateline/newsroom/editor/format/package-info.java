/** The JSON form of a draft as the newsroom stores it between saves. */
@NullMarked
package org.dateline.newsroom.editor.format;

import org.jspecify.annotations.NullMarked;
