/** The HTTP server, the route tables, views, static assets, caching and error pages. */
package org.dateline.web;
