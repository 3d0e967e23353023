package io.segmentation.internal.describe;

/**
 * What a condition says of a value, affirmed and denied: {@code is between 18 and 25} / {@code is not between 18 and
 * 25}.
 *
 * @param affirmed the phrase when the condition holds
 * @param denied the phrase when it does not
 */
public record Phrase(String affirmed, String denied) {}
