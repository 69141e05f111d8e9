/** Sections of the site: names, slugs and navigation order. A facade over a repository. */
@NullMarked
@ReadModel(
    tables = "sections",
    readers = {"article", "search"},
    why =
        "every story and every list of stories shows the section's name and address; the"
            + " index's rebuild reads each story's section name (decision 0122)")
package org.dateline.section;

import org.dateline.shared.ReadModel;
import org.jspecify.annotations.NullMarked;
