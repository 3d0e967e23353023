package io.segmentation.internal.vocabulary;

/** An attribute made by the library, which knows its {@link Definition}. */
public interface Defined {

    /**
     * Where the attribute comes from and what it declares.
     *
     * @return the definition
     */
    Definition definition();
}
