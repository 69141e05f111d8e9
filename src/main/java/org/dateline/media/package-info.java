/**
 * Photos uploaded in the newsroom: checked by content, stripped of metadata (EXIF, GPS, XMP,
 * comments) by decoding and re-encoding, and stored in the media folder as content-named responsive
 * renditions. {@link org.dateline.media.Photos} is the facade.
 */
@NullMarked
package org.dateline.media;

import org.jspecify.annotations.NullMarked;
