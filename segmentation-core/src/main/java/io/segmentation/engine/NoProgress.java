package io.segmentation.engine;

/** The listener that ignores progress: {@link ProgressListener#none()}. */
enum NoProgress implements ProgressListener {
    INSTANCE;

    @Override
    public void onProgress(String phase, long done, long total) {}

    @Override
    public String toString() {
        return "ProgressListener.none()";
    }
}
