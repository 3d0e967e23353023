package io.segmentation;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Core's layers (issue 13), checked on the compiled classes with ArchUnit. From the bottom:
 *
 * <ol>
 *   <li><b>Base</b>: {@code internal.base}, helpers that know nothing of segments (progress, parallelism, suggestions,
 *       instant arithmetic).
 *   <li><b>Model and vocabulary</b>: the AST and {@code EvaluationContext} ({@code io.segmentation}), the attributes
 *       ({@code attribute}), the built-in subject ({@code customer}) and their internals: {@code internal.model} (the
 *       interpreter, regex budget, the customer's raw field access), {@code internal.vocabulary} (the built-in table
 *       and readers) and {@code internal.describe} (the canonical query text and English phrases, so that
 *       {@code Segment.toString()} needs nothing above it).
 *   <li><b>Plan</b>: {@code io.segmentation.plan.Plan} (with its nodes and builder), the tree of a whole segment over
 *       the conditions' normal forms, which the compiled matcher, the index, the tracker and the renderers read.
 *   <li><b>Evaluation</b>: {@code engine} (matcher, engine, explainer, progress listener) and
 *       {@code internal.evaluate} (the compiled matcher).
 *   <li><b>Index</b>: {@code index}.
 *   <li><b>Tracking</b>: {@code engine.MembershipTracker}, {@code MembershipChange} and {@code MembershipListener}, and
 *       {@code internal.schedule} (change points).
 *   <li><b>Metrics and reports</b>: {@code metrics}, {@code internal.metrics} and {@code internal.report}.
 *   <li><b>Text</b>: the query language, {@code text}.
 * </ol>
 *
 * <p>A layer may use the layers below it, never one above. Three places are honest compromises with the public API,
 * which 0.2.0 released and which this test does not break:
 *
 * <ul>
 *   <li>The issue lists "model" and "vocabulary" as two layers; here they are one. The AST and the attributes refer to
 *       each other by design ({@code Criterion.Comparison} names an {@code Attribute}; {@code Attribute} builds the
 *       criteria), and {@code Attributes}, the DSL entry every user imports statically, lives in the root package
 *       and reads the built-in table. Splitting them would move public types. Inside this layer the packages may
 *       refer to each other; the cycle rule treats the layer as one slice.
 *   <li>The normal forms ({@code NumberIntervals}, {@code InstantBounds}, {@code TextMatch}, {@code SetMatch},
 *       {@code BooleanMatch}) are the meaning of the condition records, and each record gives its own
 *       ({@code Condition#normalForm()}, on which {@code test} is built), so they belong to the model layer although
 *       they live in {@code io.segmentation.plan}; the plan layer is the tree of a whole segment in that package.
 *   <li>The tracker's three public types stay in {@code engine} beside the matcher (moving them would break every
 *       caller), so the tracking layer is defined by class, not only by package; {@code internal.schedule} holds its
 *       code. The index and the tracker do not use each other.
 * </ul>
 *
 * <p>Cycles: no cycle among slices, where a slice is one package, except the model layer (one slice, above) and the
 * metrics layer, whose public package and its two internal packages form one slice ({@code metrics} hands its values
 * to the renderers in {@code internal.report}, which take those public types; splitting that needs a report visitor,
 * not done yet). Every other pair of packages is acyclic.
 *
 * <p>Internals: only the packages that {@code module-info} exports are public API, {@code internal} packages are
 * exported only with a qualified export, and a module outside core imports an internal package only if
 * {@code module-info} exports it to that module.
 */
class LayersTest {

    private static final String ROOT = "io.segmentation";

    private static final ImmutableList<String> MODEL_PACKAGES = ImmutableList.of(
            ROOT,
            ROOT + ".attribute..",
            ROOT + ".customer..",
            ROOT + ".internal.model..",
            ROOT + ".internal.vocabulary..",
            ROOT + ".internal.describe..");

    private static final ImmutableList<String> METRICS_PACKAGES =
            ImmutableList.of(ROOT + ".metrics..", ROOT + ".internal.metrics..", ROOT + ".internal.report..");

    /** The tracker's public types, which live in {@code engine} but belong to the tracking layer. */
    private static final DescribedPredicate<JavaClass> TRACKER_TYPES = DescribedPredicate.describe(
            "the tracker's types in engine (Membership*, with their nested classes)",
            c -> c.getName().startsWith(ROOT + ".engine.Membership"));

    private static final DescribedPredicate<JavaClass> BASE = resideInAnyPackage(ROOT + ".internal.base..");
    /** The tree of a whole segment ({@code Plan}, its nodes, {@code PlanBuilder}): the plan layer. */
    private static final DescribedPredicate<JavaClass> PLAN = DescribedPredicate.describe(
            "the plan tree (io.segmentation.plan.Plan*, with their nested classes)",
            c -> c.getName().startsWith(ROOT + ".plan.Plan"));

    /** The normal form of each condition family, which each condition record gives: part of the model. */
    private static final DescribedPredicate<JavaClass> NORMAL_FORMS =
            resideInAnyPackage(ROOT + ".plan").and(not(PLAN));

    private static final DescribedPredicate<JavaClass> MODEL =
            resideInAnyPackage(MODEL_PACKAGES.toArray(String[]::new)).or(NORMAL_FORMS);
    private static final DescribedPredicate<JavaClass> EVALUATION = resideInAnyPackage(
                    ROOT + ".engine..", ROOT + ".internal.evaluate..")
            .and(not(TRACKER_TYPES));
    private static final DescribedPredicate<JavaClass> INDEX = resideInAnyPackage(ROOT + ".index..");
    private static final DescribedPredicate<JavaClass> TRACKING =
            resideInAnyPackage(ROOT + ".internal.schedule..").or(TRACKER_TYPES);
    private static final DescribedPredicate<JavaClass> METRICS =
            resideInAnyPackage(METRICS_PACKAGES.toArray(String[]::new));
    private static final DescribedPredicate<JavaClass> TEXT = resideInAnyPackage(ROOT + ".text..");

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    @Test
    void classes_are_imported() {
        assertThat(core.stream().map(JavaClass::getName))
                .contains(Segment.class.getName(), EvaluationContext.class.getName());
    }

    @Test
    void every_class_belongs_to_a_layer() {
        classes()
                .should(ArchConditions.be(BASE.or(MODEL)
                        .or(PLAN)
                        .or(EVALUATION)
                        .or(INDEX)
                        .or(TRACKING)
                        .or(METRICS)
                        .or(TEXT)
                        .as("in one of core's layers (see LayersTest)")))
                .check(core);
    }

    @Test
    void no_layer_uses_a_layer_above_it() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Base")
                .definedBy(BASE)
                .layer("Model")
                .definedBy(MODEL)
                .layer("Plan")
                .definedBy(PLAN)
                .layer("Evaluation")
                .definedBy(EVALUATION)
                .layer("Index")
                .definedBy(INDEX)
                .layer("Tracking")
                .definedBy(TRACKING)
                .layer("Metrics")
                .definedBy(METRICS)
                .layer("Text")
                .definedBy(TEXT)
                .whereLayer("Base")
                .mayOnlyBeAccessedByLayers("Model", "Plan", "Evaluation", "Index", "Tracking", "Metrics", "Text")
                .whereLayer("Model")
                .mayOnlyBeAccessedByLayers("Plan", "Evaluation", "Index", "Tracking", "Metrics", "Text")
                .whereLayer("Plan")
                .mayOnlyBeAccessedByLayers("Evaluation", "Index", "Tracking", "Metrics", "Text")
                .whereLayer("Evaluation")
                .mayOnlyBeAccessedByLayers("Index", "Tracking", "Metrics", "Text")
                .whereLayer("Index")
                .mayOnlyBeAccessedByLayers("Tracking", "Metrics", "Text")
                .whereLayer("Tracking")
                .mayOnlyBeAccessedByLayers("Metrics", "Text")
                .whereLayer("Metrics")
                .mayOnlyBeAccessedByLayers("Text")
                .whereLayer("Text")
                .mayNotBeAccessedByAnyLayer()
                .check(core);
    }

    @Test
    void packages_form_no_cycle() {
        slices().assignedFrom(new PackageSlices()).should().beFreeOfCycles().check(core);
    }

    @Test
    void only_the_public_packages_are_exported_and_internals_only_to_named_modules() {
        ModuleDescriptor module = coreModule();
        Set<String> unqualified = module.exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        ImmutableSet<String> published = ImmutableSet.of(
                ROOT,
                ROOT + ".attribute",
                ROOT + ".customer",
                ROOT + ".engine",
                ROOT + ".index",
                ROOT + ".metrics",
                ROOT + ".text");
        assertThat(unqualified)
                .containsAll(published)
                .isSubsetOf(ImmutableSet.<String>builder()
                        .addAll(published)
                        .add(ROOT + ".plan")
                        .build());
        assertThat(module.exports().stream()
                        .filter(ModuleDescriptor.Exports::isQualified)
                        .map(ModuleDescriptor.Exports::source))
                .allMatch(p -> p.startsWith(ROOT + ".internal."), "qualified exports are internal packages");
    }

    @Test
    void other_modules_import_core_internals_only_where_module_info_exports_them() throws IOException {
        ModuleDescriptor module = coreModule();
        Map<String, Set<String>> qualified = module.exports().stream()
                .filter(ModuleDescriptor.Exports::isQualified)
                .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets));
        List<String> violations = new ArrayList<>();
        for (Path moduleDir : siblingModules()) {
            Path sources = moduleDir.resolve("src/main/java");
            Optional<String> name = moduleName(sources);
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    Matcher m = INTERNAL_IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        String pkg = m.group(1);
                        boolean allowed = name.isPresent()
                                && qualified
                                        .getOrDefault(pkg, ImmutableSet.of())
                                        .contains(name.get());
                        if (!allowed) {
                            violations.add(
                                    file + " imports " + pkg + " (module " + name.orElse("without module-info") + ")");
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static final Pattern INTERNAL_IMPORT = Pattern.compile(
            "^import (?:static )?(io\\.segmentation\\.internal(?:\\.[a-z]\\w*)*)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern MODULE_DECLARATION = Pattern.compile("^(?:open )?module ([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern AUTOMATIC_MODULE_NAME =
            Pattern.compile("<Automatic-Module-Name>\\s*([\\w.]+)\\s*</Automatic-Module-Name>");

    /** The build's other modules with main sources; none when core is built on its own. */
    private static List<Path> siblingModules() throws IOException {
        Path parent = Path.of("").toAbsolutePath().getParent();
        if (parent == null || !Files.isRegularFile(parent.resolve("pom.xml"))) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(parent)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("segmentation-"))
                    .filter(d -> !d.getFileName().toString().equals("segmentation-core"))
                    .filter(d -> Files.isDirectory(d.resolve("src/main/java")))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /**
     * The module's name: from its {@code module-info.java}, else the {@code Automatic-Module-Name} its POM gives the
     * jar (predict and the test kit, whose dependencies have no module names).
     */
    private static Optional<String> moduleName(Path sources) throws IOException {
        Path info = sources.resolve("module-info.java");
        if (Files.isRegularFile(info)) {
            Matcher m = MODULE_DECLARATION.matcher(Files.readString(info));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
        Path pom = sources.resolve("../../../pom.xml").normalize();
        if (!Files.isRegularFile(pom)) {
            return Optional.empty();
        }
        Matcher m = AUTOMATIC_MODULE_NAME.matcher(Files.readString(pom));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static ModuleDescriptor coreModule() {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            return ModuleDescriptor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One slice per package, except the model layer and the metrics layer, which are one slice each. */
    private static final class PackageSlices implements SliceAssignment {

        private static final ImmutableMap<String, DescribedPredicate<JavaClass>> GROUPS = ImmutableMap.of(
                "model and vocabulary", MODEL,
                "metrics and reports", METRICS);

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            for (Map.Entry<String, DescribedPredicate<JavaClass>> group : GROUPS.entrySet()) {
                if (group.getValue().test(javaClass)) {
                    return SliceIdentifier.of(group.getKey());
                }
            }
            return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
            return "core's packages (the model layer and the metrics layer as one slice each)";
        }
    }
}
