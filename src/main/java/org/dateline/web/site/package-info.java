/** Public pages composed of several features: home, lists, story pages, feedback form. */
@NullMarked
package org.dateline.web.site;

import org.jspecify.annotations.NullMarked;
