package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A user's getter failed while an attribute was read: the exception it threw, wrapped with the attribute's name and
 * the subject, so that a failure deep in an evaluation says which attribute and which subject. Thrown on every path
 * that reads attributes — matcher, explanation, index build, tracker — by the attributes made with
 * {@link Attribute#number}, {@link Attribute#text}, {@link Attribute#bool}, {@link Attribute#instant} and
 * {@link Attribute#set}. The getter's exception is the {@link #getCause() cause}.
 *
 * <pre>
 * attribute 'points' could not be read from Account[id=a-17, points=null]: NullPointerException: …
 * </pre>
 *
 * <p>The subject is shown by its {@code toString()}, cut to {@value #MAX_SUBJECT} characters.
 *
 * @since 0.2.0
 */
public final class AttributeReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The most characters of the subject's {@code toString()} the message shows: {@value}. */
    public static final int MAX_SUBJECT = 200;

    private final String attributeName;

    /**
     * Creates the exception.
     *
     * @param attributeName the name of the attribute being read
     * @param subject the subject it was read from
     * @param cause what the getter threw
     */
    public AttributeReadException(String attributeName, Object subject, Throwable cause) {
        super(
                "attribute '" + checkNotNull(attributeName, "attributeName") + "' could not be read from "
                        + describe(subject) + ": " + checkNotNull(cause, "cause"),
                cause);
        this.attributeName = attributeName;
    }

    /**
     * The name of the attribute whose getter failed.
     *
     * @return the name
     */
    public String attributeName() {
        return attributeName;
    }

    private static String describe(Object subject) {
        String text;
        try {
            text = String.valueOf(subject);
        } catch (RuntimeException e) {
            return "a " + subject.getClass().getSimpleName() + " (whose toString() failed: " + e + ")";
        }
        return text.length() <= MAX_SUBJECT
                ? text
                : text.substring(0, MAX_SUBJECT) + "… (" + text.length() + " characters)";
    }
}
