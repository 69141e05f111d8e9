/** Ingest formats: pure parsers from bytes of a source to stories. */
package org.dateline.ingest.format;
