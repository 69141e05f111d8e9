/** The embedded store: SQLite file, migrations, Jdbi and transactions. Knows no feature. */
@NullMarked
package org.dateline.storage;

import org.jspecify.annotations.NullMarked;
