/** Sections of the site: names, slugs and navigation order. A facade over a repository. */
package org.dateline.section;
