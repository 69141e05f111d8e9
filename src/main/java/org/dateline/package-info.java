/** Dateline: main, configuration and the composition root. Features live in sub-packages. */
@NullMarked
package org.dateline;

import org.jspecify.annotations.NullMarked;
