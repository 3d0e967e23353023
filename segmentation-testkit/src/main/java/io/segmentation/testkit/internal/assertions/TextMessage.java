package io.segmentation.testkit.internal.assertions;

import static com.google.common.base.Preconditions.checkNotNull;

import org.assertj.core.description.Description;
import org.assertj.core.description.EmptyTextDescription;
import org.assertj.core.error.DescriptionFormatter;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * A failure message whose text is final: it is not a format string, so explanation trees, regular expressions and
 * values containing {@code %} print as they are. The assertion's description ({@code as(...)}) is put in front, as
 * AssertJ does.
 */
final class TextMessage implements ErrorMessageFactory {

    private final String text;

    TextMessage(String text) {
        this.text = checkNotNull(text, "text");
    }

    @Override
    public String create(Description description, Representation representation) {
        return DescriptionFormatter.instance().format(description) + text;
    }

    @Override
    public String create(Description description) {
        return create(description, StandardRepresentation.STANDARD_REPRESENTATION);
    }

    @Override
    public String create() {
        return create(EmptyTextDescription.emptyDescription(), StandardRepresentation.STANDARD_REPRESENTATION);
    }

    @Override
    public String toString() {
        return text;
    }
}
