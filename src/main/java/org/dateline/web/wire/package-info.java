/** The wire for subscribers: its route table, access by key, the API and its errors. */
@NullMarked
package org.dateline.web.wire;

import org.jspecify.annotations.NullMarked;
