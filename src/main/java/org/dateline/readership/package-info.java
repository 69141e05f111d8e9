/**
 * Readership: how many times public stories are read, counted without identifying anyone (no
 * cookie, no address, known bots left out), kept per hour, and the most viewed stories of the last
 * day (decision 0044).
 */
@NullMarked
package org.dateline.readership;

import org.jspecify.annotations.NullMarked;
