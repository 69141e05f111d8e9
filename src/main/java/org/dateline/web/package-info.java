/** The HTTP server, the route tables, views, static assets, caching and error pages. */
@NullMarked
package org.dateline.web;

import org.jspecify.annotations.NullMarked;
