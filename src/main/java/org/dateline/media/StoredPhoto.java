package org.dateline.media;

/**
 * A stored photo: {@code src} is the URL of the largest rendition, {@code srcset} lists every
 * rendition with its width ({@code "/media/photo-1a2b3c4d5e-320.jpg 320w, ..."}), and width and
 * height are those of the largest rendition.
 */
public record StoredPhoto(String src, String srcset, int width, int height) {}
