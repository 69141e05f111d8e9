/** Pure adapters of the article feature: the JSON form of body blocks. */
@NullMarked
package org.dateline.article.format;

import org.jspecify.annotations.NullMarked;
