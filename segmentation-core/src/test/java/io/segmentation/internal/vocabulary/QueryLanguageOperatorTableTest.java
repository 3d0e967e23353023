package io.segmentation.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The "Operators by family" table of {@code docs/query-language.md} says what the operator catalogue says. */
class QueryLanguageOperatorTableTest {

    private static final Path DOC = Path.of("..", "docs", "query-language.md");
    private static final String HEADER = "| family | operators |";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** The code snippets of each row of the table, by the family in its first cell. */
    private static Map<String, List<String>> table() throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        int start = lines.indexOf(HEADER);
        assertThat(start).as("the table headed %s", HEADER).isNotNegative();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            List<String> snippets = new ArrayList<>();
            Matcher m = CODE.matcher(cells[2]);
            while (m.find()) {
                snippets.add(m.group(1));
            }
            rows.put(cells[1].trim(), snippets);
        }
        return rows;
    }

    private static String family(OperatorCatalogue row, io.segmentation.attribute.ValueType family) {
        return row == OperatorCatalogue.PRESENCE ? "all" : family.keyword();
    }

    /** The words of a form before its first operand: {@code STARTS WITH} of {@code STARTS WITH {0}}. */
    private static String words(String form) {
        int operand = form.indexOf('{');
        return (operand < 0 ? form : form.substring(0, operand)).trim();
    }

    private static boolean writes(String snippet, String words) {
        return snippet.equals(words) || snippet.startsWith(words + " ");
    }

    private static List<String> forms(OperatorCatalogue row) {
        List<String> forms = new ArrayList<>(row.textForms());
        forms.addAll(row.textNegatedForms());
        return forms;
    }

    @Test
    void the_table_shows_every_text_form_of_the_catalogue_under_its_family() throws IOException {
        Map<String, List<String>> table = table();
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            for (var family : row.families()) {
                List<String> snippets = table.get(family(row, family));
                for (String form : forms(row)) {
                    assertThat(snippets)
                            .as("%s (%s) in the %s row", form, row, family(row, family))
                            .anyMatch(snippet -> writes(snippet, words(form)));
                }
                if (row.hasCaseModes()) {
                    assertThat(snippets).contains(OperatorCatalogue.TEXT_IGNORING_CASE.trim());
                }
            }
        }
    }

    @Test
    void every_operator_in_the_table_is_a_text_form_of_the_catalogue_for_its_family() throws IOException {
        for (Map.Entry<String, List<String>> entry : table().entrySet()) {
            for (String snippet : entry.getValue()) {
                boolean catalogued = snippet.equals(OperatorCatalogue.TEXT_IGNORING_CASE.trim());
                for (OperatorCatalogue row : OperatorCatalogue.values()) {
                    for (var family : row.families()) {
                        if (family(row, family).equals(entry.getKey())) {
                            catalogued |= forms(row).stream().anyMatch(form -> writes(snippet, words(form)));
                        }
                    }
                }
                assertThat(catalogued)
                        .as("`%s` in the %s row", snippet, entry.getKey())
                        .isTrue();
            }
        }
    }
}
