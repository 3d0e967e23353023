/**
 * Segments as JSON: the versioned {@code segmentation/1} schema ({@link io.segmentation.jackson.SegmentJson}), a
 * Jackson module ({@link io.segmentation.jackson.SegmentationModule}) and react-querybuilder import and export
 * ({@link io.segmentation.jackson.QueryBuilderJson}); customers as JSON and JSON Lines
 * ({@link io.segmentation.jackson.CustomerJson}).
 */
module io.segmentation.jackson {
    requires transitive io.segmentation;
    requires transitive com.fasterxml.jackson.databind;

    exports io.segmentation.jackson;
}
