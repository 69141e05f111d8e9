/** Reader feedback on stories: validation, abuse limits, durable storage. */
package org.dateline.feedback;
