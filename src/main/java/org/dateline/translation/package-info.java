/**
 * Translations between editions (issue 13 pt 3, decision 0076): an editor translates a story into
 * another edition (a new draft there, linked to its source by a translation group and "translated
 * from"); correcting or killing a story leaves a notice on the desks of its translations. Nothing
 * here publishes. Facade {@link org.dateline.translation.Translations}; the notices in {@code
 * translation_notices} through {@code translation/jdbi}.
 */
@NullMarked
package org.dateline.translation;

import org.jspecify.annotations.NullMarked;
