package io.segmentation.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.attribute.ValueType;
import io.segmentation.internal.vocabulary.OperatorCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON and react-querybuilder operators are exactly the names of the operator catalogue. */
class OperatorCatalogueJsonTest {

    private static final JsonPath AT = JsonPath.root();

    @Test
    void every_json_name_of_the_catalogue_is_read_as_an_operator_for_the_row_families() {
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            for (String name : row.jsonNames()) {
                Operator op = Operator.named(name, AT);
                for (ValueType family : row.families()) {
                    assertThat(op.appliesTo(family))
                            .as("%s on %s", name, family)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void every_json_operator_is_named_in_the_catalogue() {
        List<String> catalogued = new ArrayList<>();
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            catalogued.addAll(row.jsonNames());
        }

        assertThat(Operator.names())
                .containsExactlyInAnyOrderElementsOf(
                        catalogued.stream().distinct().toList());
    }

    @Test
    void every_react_querybuilder_name_of_the_catalogue_is_read_and_maps_to_the_row_json_operator() {
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            for (String name : Stream.of(row.rqb(), row.rqbNegated())
                    .filter(n -> n != null)
                    .toList()) {
                QueryBuilderOperator op = QueryBuilderOperator.named(name, AT);
                boolean missing = row == OperatorCatalogue.PRESENCE && name.equals(row.rqbNegated());
                for (ValueType family : row.families()) {
                    assertThat(op.ours(family).json())
                            .as("%s on %s", name, family)
                            .isEqualTo(row.jsonNames().get(missing ? 1 : 0));
                }
                assertThat(op.negated()).as(name).isEqualTo(name.equals(row.rqbNegated()) && !missing);
            }
        }
    }

    @Test
    void every_react_querybuilder_operator_is_named_in_the_catalogue() {
        List<String> catalogued = new ArrayList<>();
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            Stream.of(row.rqb(), row.rqbNegated()).filter(n -> n != null).forEach(catalogued::add);
        }

        assertThat(Stream.of(QueryBuilderOperator.values()).map(QueryBuilderOperator::json))
                .containsExactlyInAnyOrderElementsOf(
                        catalogued.stream().distinct().toList());
    }

    @Test
    void the_operator_table_of_the_json_schema_page_names_the_catalogue_json_names_by_family() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "docs", "json-schema.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("| family | `op` | `value` |");
        assertThat(start).isNotNegative();
        Map<String, Set<String>> documented = new TreeMap<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            Matcher m = Pattern.compile("`([^`]+)`").matcher(cells[2]);
            while (m.find()) {
                documented
                        .computeIfAbsent(cells[1].trim(), k -> new TreeSet<>())
                        .add(m.group(1));
            }
        }
        Map<String, Set<String>> catalogued = new TreeMap<>();
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            for (ValueType family : row.families()) {
                String key = row == OperatorCatalogue.PRESENCE ? "all" : family.keyword();
                catalogued.computeIfAbsent(key, k -> new TreeSet<>()).addAll(row.jsonNames());
            }
        }

        assertThat(documented).isEqualTo(catalogued);
    }
}
