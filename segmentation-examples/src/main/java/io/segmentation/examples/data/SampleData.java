package io.segmentation.examples.data;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.segmentation.customer.Customer;
import io.segmentation.jackson.CustomerJson;
import io.segmentation.jackson.CustomerJsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled sample population: {@value #RESOURCE}, 400 synthetic customers in JSON Lines, read with
 * segmentation-jackson's {@link CustomerJson} as an application reads the profiles it exports.
 *
 * <pre>{@code
 * List<Customer> customers = SampleData.load();
 * }</pre>
 *
 * <p>The file has one customer per line as a {@link CustomerJson} document (the module's README describes the data);
 * blank lines are ignored. {@code CustomerJson.readLines(reader)} reads such a file as a lazy stream; this class reads
 * it line by line itself only to name the line of a repeated customer id. For more customers, or another population, use the test kit's {@code
 * Populations.realistic(n, seed)}.
 *
 * @since 0.1.0
 */
public final class SampleData {

    /** The class-path location of the bundled data. */
    public static final String RESOURCE = "/io/segmentation/examples/sample-customers.jsonl";

    private SampleData() {}

    /**
     * Reads the bundled sample customers, in file order.
     *
     * @return the customers, an unmodifiable list
     * @throws IllegalStateException if the resource is not on the class path
     * @throws SampleDataFormatException if a line is malformed, naming the line
     */
    public static List<Customer> load() {
        InputStream in = SampleData.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("sample data " + RESOURCE + " is not on the class path");
        }
        try (Reader reader = new InputStreamReader(in, UTF_8)) {
            return read(reader, fileName(RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample data " + RESOURCE, e);
        }
    }

    /**
     * Reads customers in JSON Lines, one {@link CustomerJson} document a line, and checks that no id appears twice.
     *
     * @param reader the text; not closed
     * @param source a name for the text in error messages, e.g. a file name
     * @return the customers in the order read, an unmodifiable list
     * @throws SampleDataFormatException if a line is malformed or repeats a customer id, naming the line
     * @throws UncheckedIOException if reading fails
     */
    public static List<Customer> read(Reader reader, String source) {
        List<Customer> customers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Customer customer;
                try {
                    customer = CustomerJson.read(line);
                } catch (CustomerJsonException e) {
                    throw new SampleDataFormatException(source, number, e.getMessage(), e);
                }
                if (!ids.add(customer.id())) {
                    throw new SampleDataFormatException(
                            source, number, "customer id '" + customer.id() + "' appears twice", null);
                }
                customers.add(customer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + " after line " + number, e);
        }
        return List.copyOf(customers);
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
