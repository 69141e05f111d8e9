/** Tiny helpers with no feature dependency: slugs, HTML sanitizing, hashes. */
@NullMarked
package org.dateline.shared;

import org.jspecify.annotations.NullMarked;
