package io.segmentation.internal.report;

/** Escaping of text for HTML and inline SVG. */
public final class Html {

    private Html() {}

    /**
     * Text safe in HTML content and in quoted attribute values: {@code & < > " '} become character references, and
     * control characters other than tab, line feed and carriage return (not allowed in HTML) and lone surrogates
     * (half of a UTF-16 pair, which no encoding can write) become U+FFFD. Never throws on any string, so a page can
     * always be written as UTF-8.
     *
     * @param text any text
     * @return the escaped text
     */
    public static String escape(String text) {
        String wellFormed = ReportFormat.wellFormed(text);
        StringBuilder out = new StringBuilder(wellFormed.length() + 16);
        for (int i = 0; i < wellFormed.length(); i++) {
            char c = wellFormed.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = (c >= 0x20 && c != 0x7f) || c == '\t' || c == '\n' || c == '\r';
                    out.append(allowed ? c : '\uFFFD');
                }
            }
        }
        return out.toString();
    }
}
