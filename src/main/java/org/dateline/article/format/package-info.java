/** Pure adapters of the article feature: the JSON form of body blocks. */
package org.dateline.article.format;
