package io.segmentation.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.jackson.SegmentJson;
import io.segmentation.jackson.SegmentJsonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Segment definitions as a backend stores them: one {@code segmentation/1} JSON document a line, written and read with
 * segmentation-jackson's {@link SegmentJson}. A definition may refer to segments stored on earlier lines
 * ({@code inSegment(dach)}): reading resolves each reference through a registry that holds the segments read so far.
 *
 * <pre>{@code
 * StoredSegments.write(segments, Path.of("segments.jsonl"));
 * List<Segment<Customer>> back = StoredSegments.read(Path.of("segments.jsonl"), AttributeRegistry.builtIn());
 * // back.equals(segments)
 * }</pre>
 *
 * @since 0.3.0
 */
public final class StoredSegments {

    private StoredSegments() {}

    /**
     * Writes segments to a file, one {@code segmentation/1} document a line, in the order given.
     *
     * @param segments the segments; a segment that refers to another must come after it
     * @param file the file, replaced if it exists; its directory is created
     * @return {@code file}
     * @throws IOException if the file cannot be written
     * @throws SegmentJsonException if a segment has no JSON form (a custom predicate), naming it
     */
    public static Path write(List<Segment<Customer>> segments, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Segment<Customer> segment : segments) {
            lines.add(SegmentJson.write(segment));
        }
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null) {
            Files.createDirectories(directory);
        }
        return Files.write(file, lines, UTF_8);
    }

    /**
     * Reads the segments of a file written by {@link #write}, resolving attribute names and references to segments
     * through {@code registry} and the segments read from earlier lines.
     *
     * @param file the file
     * @param registry the attributes and segments the definitions may name, such as {@link
     *     AttributeRegistry#builtIn()}
     * @return the segments, in file order
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a line is not a segment, naming the line and the JSONPath
     */
    public static List<Segment<Customer>> read(Path file, AttributeRegistry<Customer> registry) throws IOException {
        List<Segment<Customer>> segments = new ArrayList<>();
        AttributeRegistry<Customer> known = registry;
        List<String> lines = Files.readAllLines(file, UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Segment<Customer> segment;
            try {
                segment = SegmentJson.read(lines.get(i), known);
            } catch (SegmentJsonException e) {
                throw new IllegalArgumentException(file.getFileName() + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
            segments.add(segment);
            known = known.withSegment(segment);
        }
        return List.copyOf(segments);
    }
}
