/** Ingest formats: pure parsers from bytes of a source to stories. */
@NullMarked
package org.dateline.ingest.format;

import org.jspecify.annotations.NullMarked;
