/**
 * The vocabulary: one row per built-in attribute ({@link io.segmentation.internal.vocabulary.BuiltIn}) with its value
 * family, source, time dependence and cost; the {@link io.segmentation.internal.vocabulary.Definition} every attribute
 * carries, built-in or user-defined; identity checks; the readers that turn a getter into an attribute; the built-in
 * customer attributes and their registry.
 *
 * <p>Layer: model and vocabulary. The public face of this package is {@code io.segmentation.Attributes} and
 * {@code io.segmentation.attribute}. Not exported.
 */
package io.segmentation.internal.vocabulary;
