package org.dateline.media;

/**
 * The crops of a stored photo around its focal point: the social card (1.91 : 1, at most 1200 × 630
 * pixels) and the list thumbnail (16 : 9, at most 640 × 360). Their {@code srcset} is empty.
 */
public record StoredCrops(StoredPhoto card, StoredPhoto thumb) {}
