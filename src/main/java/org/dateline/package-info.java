/** Dateline: main, configuration and the composition root. Features live in sub-packages. */
package org.dateline;
