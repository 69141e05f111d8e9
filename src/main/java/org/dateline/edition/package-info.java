/**
 * Language editions of the public site (decision 0068): code, name, prefix, time zone, date
 * pattern, dateline style, direction; and the site-wide settings (site name, feed content).
 */
@NullMarked
@ReadModel(
    tables = "editions",
    readers = {"article", "section", "newsroom.workflow"},
    why =
        "a new story, section or newsroom story is filed in its edition, else the default one,"
            + " in the transaction that writes it")
package org.dateline.edition;

import org.dateline.shared.ReadModel;
import org.jspecify.annotations.NullMarked;
