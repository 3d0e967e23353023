/**
 * Segmentation core: the customer model, the segment DSL, the matcher and its explanations.
 *
 * <p>Exported: {@code io.segmentation} (segments, criteria, the {@code Attributes} vocabulary),
 * {@code io.segmentation.attribute}, {@code io.segmentation.customer}, {@code io.segmentation.engine}, {@code io.segmentation.index}, {@code io.segmentation.metrics}, {@code io.segmentation.plan} and {@code io.segmentation.text}. Everything
 * under {@code io.segmentation.internal} is implementation, including RE2/J, which the published jar bundles in
 * {@code io.segmentation.internal.re2j} (it has no module name of its own).
 */
module io.segmentation {
    requires transitive com.google.common;
    requires org.slf4j;
    requires roaringbitmap;

    exports io.segmentation;
    exports io.segmentation.attribute;
    exports io.segmentation.customer;
    exports io.segmentation.engine;
    exports io.segmentation.index;
    exports io.segmentation.metrics;
    exports io.segmentation.plan;
    exports io.segmentation.text;
    exports io.segmentation.internal to
            io.segmentation.jackson;
    exports io.segmentation.internal.vocabulary to
            io.segmentation.jackson,
            io.segmentation.testkit;
}
