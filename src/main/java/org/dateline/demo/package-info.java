/** Demo content: the seed story and sample stories written for the project, with photos. */
@NullMarked
package org.dateline.demo;

import org.jspecify.annotations.NullMarked;
