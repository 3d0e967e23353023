/**
 * The bundled sample population.
 *
 * <pre>{@code
 * List<Customer> customers = SampleData.load();                          // the 400 bundled customers
 * List<Customer> more = Populations.realistic(1_000, TestKit.DEFAULT_SEED); // a fresh population from the test kit
 * }</pre>
 *
 * <p>{@link io.segmentation.examples.data.SampleData} reads the bundled JSON Lines file with segmentation-jackson's
 * {@code CustomerJson}, as an application reads customer profiles it exported; synthetic populations of any size come
 * from the test kit's {@code Populations}, as the nightly batch's {@code --synthetic} run shows.
 */
package io.segmentation.examples.data;
