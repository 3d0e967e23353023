/** A user's module: it requires the library's named modules and nothing else. */
module consumer {
    requires io.segmentation;
    requires io.segmentation.jackson;
}
