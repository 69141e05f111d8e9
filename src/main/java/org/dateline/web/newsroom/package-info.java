/** The newsroom's pages and forms: handlers that parse, call a facade and render. */
@NullMarked
package org.dateline.web.newsroom;

import org.jspecify.annotations.NullMarked;
