/**
 * Operations: whether the server is ready to take traffic ({@code Readiness}), the change-log
 * followers that operations add (counting changes for metrics, {@code ChangeCounts}; purging a
 * CDN's cached pages, {@code Purges}), the logging backend's format ({@code LogFormat}), and the
 * full collection of an idle served process whose heap grew ({@code IdleCollection}).
 */
@NullMarked
package org.dateline.ops;

import org.jspecify.annotations.NullMarked;
