/** The newsroom's pages and forms: handlers that parse, call a facade and render. */
package org.dateline.web.newsroom;
