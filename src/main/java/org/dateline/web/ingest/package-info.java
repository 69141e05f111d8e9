/** The push endpoint where providers send items (decision 0058) and its route table. */
@NullMarked
package org.dateline.web.ingest;

import org.jspecify.annotations.NullMarked;
