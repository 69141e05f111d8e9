/**
 * Backup and restore of a whole installation in one file (decision 0071): the store's tables in a
 * database-neutral encoding, read from one snapshot while the site runs, and the data folder's
 * photos and keys; restored into an empty SQLite data folder or an empty PostgreSQL database,
 * whichever kind the backup came from. Facade {@link org.dateline.backup.Backups}. The format is
 * described in {@code docs/BACKUP.md}.
 */
@NullMarked
package org.dateline.backup;

import org.jspecify.annotations.NullMarked;
