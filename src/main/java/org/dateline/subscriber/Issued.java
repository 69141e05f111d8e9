package org.dateline.subscriber;

/**
 * A subscriber with a newly issued API key and webhook signing secret: shown once, never stored in
 * clear.
 */
public record Issued(Subscriber subscriber, String apiKey, String webhookSecret) {}
