/**
 * Segments and customers as JSON.
 *
 * <ul>
 *   <li>{@link io.segmentation.jackson.SegmentJson}: write and read segments in the versioned
 *       {@code segmentation/1} schema, documented with examples in {@code docs/json-schema.md}:
 *       <pre>{@code
 * {"schema": "segmentation/1", "name": "young-repeat",
 *  "criterion": {"and": [
 *    {"attribute": "age", "type": "number", "op": "between", "value": [18, 25]},
 *    {"attribute": "purchases", "window": {"last": "30d"}, "type": "number", "op": "atLeast", "value": 3}]}}
 * }</pre>
 *   <li>{@link io.segmentation.jackson.SegmentationModule}: the same documents inside any Jackson payload,
 *       {@code mapper.registerModule(new SegmentationModule())}.
 *   <li>{@link io.segmentation.jackson.QueryBuilderJson}: import and export of react-querybuilder rule groups.
 *   <li>{@link io.segmentation.jackson.CustomerJson}: customers (profile, orders, events, custom attributes) as one
 *       JSON object each, or as JSON Lines, exact amounts and nothing lost:
 *       <pre>{@code
 * {"id":"c-42","country":"DE","orders":[{"id":"o-1","at":"2026-03-01T18:22:05Z","total":59.90,"currency":"EUR"}]}
 * }</pre>
 * </ul>
 *
 * <p>Reading resolves names only through an {@link io.segmentation.attribute.AttributeRegistry} and never runs code.
 * Every failure names the JSONPath of the offending value: {@link io.segmentation.jackson.SegmentJsonException} for
 * the plain API, {@link io.segmentation.jackson.SegmentJsonMappingException} inside Jackson. Customer documents are
 * untrusted input too: bounded by {@link io.segmentation.jackson.CustomerJsonLimits}, failing with a
 * {@link io.segmentation.jackson.CustomerJsonException} that names the JSONPath.
 */
package io.segmentation.jackson;
