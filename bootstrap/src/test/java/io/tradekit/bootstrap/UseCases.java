package io.tradekit.bootstrap;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the use cases of the application module by their shape (BRIEF section 8): public classes whose
 * public constructor takes the domain's ports (or another use case). The wiring tests check that each
 * one is wired, so a use case added later cannot be forgotten.
 */
public final class UseCases {
    private UseCases() {
    }

    public static Set<Class<?>> inApplication() {
        List<JavaClass> classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tradekit.application").stream().toList();
        Set<Class<?>> useCases = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
        for (JavaClass c : classes) {
            if (isUseCase(c, 2)) {
                useCases.add(c.reflect());
            }
        }
        return useCases;
    }

    /** The facade's instance of a use case, through its accessor. */
    public static Object of(io.tradekit.bootstrap.Tradekit kit, Class<?> useCase) {
        for (java.lang.reflect.Method m : io.tradekit.bootstrap.Tradekit.class.getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() == useCase) {
                try {
                    return m.invoke(kit);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new AssertionError("Tradekit has no accessor for " + useCase.getName());
    }

    private static boolean isUseCase(JavaClass c, int depth) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isInterface() || c.isRecord() || c.isEnum()
                || c.isNestedClass() || c.isAssignableTo(Throwable.class)) {
            return false;
        }
        // a class that implements a port decorates it (RetryingUnitOfWork): it is not a use case
        if (c.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().startsWith("io.tradekit.domain"))) {
            return false;
        }
        for (JavaConstructor constructor : c.getConstructors()) {
            if (!constructor.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            for (JavaClass parameter : constructor.getRawParameterTypes()) {
                boolean port = parameter.isInterface() && parameter.getPackageName().startsWith("io.tradekit.domain");
                boolean useCase = depth > 0 && parameter.getPackageName().startsWith("io.tradekit.application")
                        && isUseCase(parameter, depth - 1);
                if (port || useCase) {
                    return true;
                }
            }
        }
        return false;
    }
}
