/**
 * The user-type setting: the library used as a new user would, over their own class ({@link
 * io.segmentation.benchmarks.user.Person}, a plain object with getters) with attributes made by {@code
 * Attribute.number/text/bool/set} and method references ({@link io.segmentation.benchmarks.user.PersonAttributes}),
 * measured in the same run beside the code a Java developer would write instead: a hand-written loop, {@code
 * Predicate.and} composition, hand-written {@code if}s, a branchless segment table and a branchless columnar loop.
 * The built-in {@code Customer} benchmarks in the parent package measure the other setting, where the library's
 * reads have internal fast paths.
 *
 * <p>Every baseline's answers are checked equal to the library's by {@code UserTypeBaselinesAgreeTest}.
 *
 * <pre>
 * ./mvnw -q -pl segmentation-benchmarks -am package -DskipTests
 * java -jar segmentation-benchmarks/target/benchmarks.jar 'user\.UserType' -prof gc
 * </pre>
 */
package io.segmentation.benchmarks.user;
