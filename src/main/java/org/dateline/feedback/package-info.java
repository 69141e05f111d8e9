/** Reader feedback on stories: validation, abuse limits, durable storage. */
@NullMarked
package org.dateline.feedback;

import org.jspecify.annotations.NullMarked;
