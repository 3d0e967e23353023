package io.segmentation.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Runs every {@code @Test} method of a contract instance the way JUnit would, without JUnit: the tests of the
 * contracts use it to show which checks catch a deliberately broken implementation.
 */
final class ContractChecks {

    private ContractChecks() {}

    /**
     * The checks that fail, by method name, with what they threw; checks skipped by an assumption are left out.
     *
     * @param contract an instance of a contract subclass
     * @return method name to failure, in name order
     */
    static Map<String, Throwable> failures(Object contract) {
        Map<String, Throwable> failed = new LinkedHashMap<>();
        Method[] methods = contract.getClass().getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            if (!m.isAnnotationPresent(Test.class)) {
                continue;
            }
            try {
                m.invoke(contract);
            } catch (InvocationTargetException e) {
                if (!(e.getCause() instanceof TestAbortedException)) {
                    failed.put(m.getName(), e.getCause());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot call " + m, e);
            }
        }
        return failed;
    }
}
