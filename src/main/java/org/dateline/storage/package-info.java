/** The embedded store: SQLite file, migrations, Jdbi and transactions. Knows no feature. */
package org.dateline.storage;
