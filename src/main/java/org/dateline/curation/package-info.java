/**
 * Home page curation: the editors' choice and order of the top stories on the public home page.
 *
 * <p>A feature of its own rather than part of {@code article}: it is an editorial decision about
 * one page, not part of any story's public record, and it changes without a story changing (so it
 * writes no change-log entry). It owns the {@code home_curation} table and the {@code
 * curation.version} counter in {@code settings}, which every change bumps in the same transaction:
 * this process's page cache hears of a change at once through {@link
 * org.dateline.curation.Curation#onChange}, other processes by polling {@link
 * org.dateline.curation.Curation#version}. A picked story that is later killed stays picked but is
 * skipped on the home page, so editors see it and can remove it. A facade over a repository.
 */
@NullMarked
package org.dateline.curation;

import org.jspecify.annotations.NullMarked;
