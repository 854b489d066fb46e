package io.tradekit.bootstrap.replay;

import io.tradekit.application.backtest.Strategy;
import io.tradekit.domain.shared.InvalidValueException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the strategy a replay runs: a built-in name, or a class implementing {@link Strategy} with a public
 * no-argument constructor, on the classpath or in plugin jars.
 */
public final class StrategyLoader {
    private StrategyLoader() {
    }

    /** True for the reference strategy's name (the replay builds it from its settings). */
    public static boolean isReference(String name) {
        return io.tradekit.application.backtest.ThresholdStrategy.NAME.equals(name);
    }

    /** @throws InvalidValueException (field "strategy" or "plugin") naming what is wrong */
    public static Strategy load(String className, List<Path> plugins) {
        List<URL> urls = new ArrayList<>();
        for (Path jar : plugins) {
            if (!Files.isRegularFile(jar)) {
                throw new InvalidValueException("plugin", "no such file: " + jar);
            }
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new InvalidValueException("plugin", "not a jar path: " + jar);
            }
        }
        // the loader stays open for the run: the strategy's classes load lazily
        ClassLoader loader = urls.isEmpty() ? StrategyLoader.class.getClassLoader()
                : new URLClassLoader(urls.toArray(URL[]::new), StrategyLoader.class.getClassLoader());
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidValueException("strategy", "'" + className + "' is neither a built-in strategy ("
                    + io.tradekit.application.backtest.ThresholdStrategy.NAME + ") nor a class on the classpath"
                    + (plugins.isEmpty() ? "; give its jar with --plugin JAR" : " or in " + plugins));
        }
        if (!Strategy.class.isAssignableFrom(type)) {
            throw new InvalidValueException("strategy", className + " does not implement " + Strategy.class.getName());
        }
        try {
            Constructor<?> constructor = type.getConstructor();
            return (Strategy) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new InvalidValueException("strategy", className + " needs a public no-argument constructor");
        } catch (InvocationTargetException e) {
            throw new InvalidValueException("strategy", className + " failed to start: " + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new InvalidValueException("strategy", className + " cannot be created: " + e);
        }
    }
}
