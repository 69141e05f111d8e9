/** Tiny helpers with no feature dependency: slugs, HTML sanitizing, hashes. */
package org.dateline.shared;
