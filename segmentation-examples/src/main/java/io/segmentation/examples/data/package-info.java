/**
 * The bundled sample population and the generator that made it.
 *
 * <pre>{@code
 * List<Customer> customers = SampleData.load();                        // the 400 bundled customers
 * List<Customer> more = new SampleDataGenerator(7).generate(1_000);    // a fresh population from another seed
 * }</pre>
 *
 * <p>{@link io.segmentation.examples.data.SampleDataGenerator} draws demographic, geographic, psychographic and
 * firmographic profiles, orders from a "buy till you die" purchase process and a clickstream of events, all from one
 * seed. The data is written one JSON object a line by a small reader and writer of its own, so that the examples need
 * nothing but the core module.
 */
package io.segmentation.examples.data;
