/**
 * Where a provider's bytes come from: a watched folder, a polled feed URL; the poller that looks at
 * every due provider. Sources do the I/O and hand the bytes to the {@code Incoming} facade.
 */
@NullMarked
package org.dateline.ingest.source;

import org.jspecify.annotations.NullMarked;
