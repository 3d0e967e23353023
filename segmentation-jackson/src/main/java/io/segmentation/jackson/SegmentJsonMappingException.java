package io.segmentation.jackson;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Closeable;

/**
 * A segment or criterion that a Jackson {@code ObjectMapper} with {@link SegmentationModule} cannot read or write.
 * The message starts with the JSONPath of the offending value in the whole document, e.g.
 * {@code $.audience.criterion.and[1].op: unknown operator 'atleast' — did you mean 'atLeast'?}, followed by
 * Jackson's location and reference chain.
 *
 * @since 0.1.0
 */
public class SegmentJsonMappingException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final String jsonPath;
    private final String problem;

    /**
     * Creates the exception from the failure of the plain reader or writer.
     *
     * @param processor the parser or generator in use
     * @param cause the failure, whose path and problem this exception carries
     */
    public SegmentJsonMappingException(Closeable processor, SegmentJsonException cause) {
        super(processor, cause.getMessage(), cause);
        this.jsonPath = cause.path();
        this.problem = cause.problem();
    }

    /**
     * The JSONPath of the offending value in the whole document, e.g. {@code $.audience.criterion.and[1].op}.
     *
     * @return the path
     */
    public String jsonPath() {
        return jsonPath;
    }

    /**
     * What is wrong, without the path.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
