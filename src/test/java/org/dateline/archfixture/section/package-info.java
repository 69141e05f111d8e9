/** Sections (fixture): declares its table as a read model for article. */
@ReadModel(tables = "sections", readers = "article", why = "a story shows its section's name")
package org.dateline.archfixture.section;

import org.dateline.shared.ReadModel;
