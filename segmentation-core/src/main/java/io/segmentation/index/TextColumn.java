package io.segmentation.index;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import io.segmentation.EvaluationContext;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.internal.base.Parallelism;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Text per row, dictionary-encoded: each distinct value gets a code, each row holds its value's code ({@code -1} for
 * missing) and, unless almost every row has a value of its own, each code has the bitmap of its rows. {@code is} and
 * {@code in} look their values up in the dictionary (or in a lazily built case-folded dictionary); every other
 * condition is tested once per distinct value, and the rows of the values that pass are united.
 */
final class TextColumn implements Column {

    private static final int MISSING = -1;

    /** Uniting more value bitmaps than this is slower than one scan of the codes. */
    private static final int MAX_UNITED = 64;

    private final String[] dictionary;
    private final Map<String, Integer> codes;
    private final int[] rowCodes;
    // Null when the dictionary is nearly as large as the population: per-value bitmaps would cost more than they save.
    private final RoaringBitmap[] rowsByCode;
    private final RoaringBitmap present;
    private final Supplier<Map<String, int[]>> folded;

    private TextColumn(String[] dictionary, Map<String, Integer> codes, int[] rowCodes) {
        this.dictionary = dictionary;
        this.codes = codes;
        this.rowCodes = rowCodes;
        this.rowsByCode = dictionary.length <= Math.max(4_096, rowCodes.length / 16) ? bitmapsByCode() : null;
        long[] words = Rows.words(rowCodes.length);
        for (int row = 0; row < rowCodes.length; row++) {
            if (rowCodes[row] != MISSING) {
                words[row >>> 6] |= 1L << row;
            }
        }
        this.present = Rows.bitmap(words);
        this.folded = Suppliers.memoize(this::foldDictionary);
    }

    static <T> TextColumn read(
            List<T> subjects, TextAttribute<T> attribute, EvaluationContext context, Parallelism parallelism) {
        String[] raw = new String[subjects.size()];
        Rows.inChunks(raw.length, parallelism, (from, to) -> {
            for (int row = from; row < to; row++) {
                raw[row] = attribute.read(subjects.get(row), context);
            }
        });
        Map<String, Integer> codes = new HashMap<>();
        List<String> dictionary = new ArrayList<>();
        int[] rowCodes = new int[raw.length];
        for (int row = 0; row < raw.length; row++) {
            String value = raw[row];
            if (value == null) {
                rowCodes[row] = MISSING;
                continue;
            }
            Integer code = codes.get(value);
            if (code == null) {
                code = dictionary.size();
                codes.put(value, code);
                dictionary.add(value);
            }
            rowCodes[row] = code;
        }
        return new TextColumn(dictionary.toArray(new String[0]), codes, rowCodes);
    }

    private RoaringBitmap[] bitmapsByCode() {
        RoaringBitmap[] bitmaps = new RoaringBitmap[dictionary.length];
        for (int c = 0; c < bitmaps.length; c++) {
            bitmaps[c] = new RoaringBitmap();
        }
        for (int row = 0; row < rowCodes.length; row++) {
            int code = rowCodes[row];
            if (code != MISSING) {
                bitmaps[code].add(row);
            }
        }
        for (RoaringBitmap b : bitmaps) {
            b.runOptimize();
        }
        return bitmaps;
    }

    private Map<String, int[]> foldDictionary() {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int c = 0; c < dictionary.length; c++) {
            groups.computeIfAbsent(dictionary[c].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(c);
        }
        ImmutableMap.Builder<String, int[]> folded = ImmutableMap.builderWithExpectedSize(groups.size());
        groups.forEach((key, group) ->
                folded.put(key, group.stream().mapToInt(Integer::intValue).toArray()));
        return folded.buildOrThrow();
    }

    @Override
    public RoaringBitmap present() {
        return present;
    }

    @Override
    public long sizeInBytes() {
        long bytes = 4L * rowCodes.length + present.getLongSizeInBytes();
        for (String s : dictionary) {
            bytes += 40L + 2L * s.length() + 48L; // the string and its dictionary entries
        }
        if (rowsByCode != null) {
            for (RoaringBitmap b : rowsByCode) {
                bytes += b.getLongSizeInBytes();
            }
        }
        return bytes;
    }

    /**
     * The rows whose value is one of {@code values}; with {@code ignoreCase}, {@code values} are already folded with
     * {@code toLowerCase(Locale.ROOT)} and compared with the folded dictionary.
     */
    RoaringBitmap equalTo(Collection<String> values, boolean ignoreCase) {
        int[] selected = new int[0];
        int count = 0;
        for (String value : values) {
            int[] found;
            if (ignoreCase) {
                found = folded.get().get(value);
            } else {
                Integer code = codes.get(value);
                found = code == null ? null : new int[] {code};
            }
            if (found != null) {
                if (count + found.length > selected.length) {
                    selected = Arrays.copyOf(selected, Math.max(2 * selected.length, count + found.length));
                }
                System.arraycopy(found, 0, selected, count, found.length);
                count += found.length;
            }
        }
        return rowsOf(selected, count);
    }

    /** The rows whose value passes {@code test}, which is asked once per distinct value. */
    RoaringBitmap matching(Predicate<String> test) {
        int[] selected = new int[16];
        int count = 0;
        for (int c = 0; c < dictionary.length; c++) {
            if (test.test(dictionary[c])) {
                if (count == selected.length) {
                    selected = Arrays.copyOf(selected, 2 * count);
                }
                selected[count++] = c;
            }
        }
        return rowsOf(selected, count);
    }

    /** The rows of the first {@code count} codes of {@code selected}, which are distinct. */
    private RoaringBitmap rowsOf(int[] selected, int count) {
        if (count == 0) {
            return new RoaringBitmap();
        }
        if (rowsByCode != null && count == 1) {
            return rowsByCode[selected[0]];
        }
        if (rowsByCode != null && count <= MAX_UNITED) {
            RoaringBitmap[] parts = new RoaringBitmap[count];
            for (int i = 0; i < count; i++) {
                parts[i] = rowsByCode[selected[i]];
            }
            return FastAggregation.or(parts);
        }
        // Shifted by one so that MISSING (-1) looks up the always-0 first entry.
        // 0 or 1 per code rather than booleans, so that the scan has no branch (see NumberColumn).
        byte[] accepted = new byte[dictionary.length + 1];
        for (int i = 0; i < count; i++) {
            accepted[selected[i] + 1] = 1;
        }
        int[] codesOfRows = rowCodes;
        long[] words = Rows.words(codesOfRows.length);
        for (int row = 0; row < codesOfRows.length; row++) {
            words[row >>> 6] |= (long) accepted[codesOfRows[row] + 1] << row;
        }
        return Rows.bitmap(words);
    }
}
