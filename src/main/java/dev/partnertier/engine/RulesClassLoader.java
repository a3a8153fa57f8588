package dev.partnertier.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader rules are compiled and first run with: the application's, remembering what it was asked.
 * Drools reads every class a rule mentions as a {@code .class} resource (for the Eclipse compiler) and, while
 * it sets up the MVEL constraints on the first evaluation, tries each identifier of a constraint as a class in
 * every imported package ({@code rules.tenantId}, {@code dev.partnertier.model.tenantId}, ...). Quarkus'
 * production class loader answers each of those from the jars, which made a reload take over a second;
 * answered from memory (class files, and the names that are not classes) it takes a few hundred ms.
 * Classes themselves are still loaded by the parent, so the rules and the service share the fact classes.
 */
final class RulesClassLoader extends ClassLoader {

    private static final String PROTOCOL = "partner-tier-class-bytes";

    private final ConcurrentHashMap<String, Optional<byte[]>> classFiles = new ConcurrentHashMap<>();
    private final Set<String> notClasses = ConcurrentHashMap.newKeySet();
    private final URLStreamHandler fromMemory = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
                @Override
                public void connect() {
                    // nothing to connect to: the bytes are in memory
                }

                @Override
                public InputStream getInputStream() throws IOException {
                    byte[] bytes = bytes(url.getPath().substring(1)).orElseThrow(() -> new IOException("no class file " + url));
                    return new ByteArrayInputStream(bytes);
                }
            };
        }
    };

    RulesClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (notClasses.contains(name)) {
            throw new NotAClass(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            notClasses.add(name);
            throw e;
        }
    }

    @Override
    public URL getResource(String name) {
        if (!name.endsWith(".class")) {
            return super.getResource(name);
        }
        if (bytes(name).isEmpty()) {
            return null;
        }
        try {
            return new URL(PROTOCOL, "", -1, "/" + name, fromMemory);
        } catch (MalformedURLException e) {
            return super.getResource(name);
        }
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        if (!name.endsWith(".class")) {
            return super.getResourceAsStream(name);
        }
        return bytes(name).map(ByteArrayInputStream::new).orElse(null);
    }

    private Optional<byte[]> bytes(String name) {
        return classFiles.computeIfAbsent(name, this::read);
    }

    /** Thrown thousands of times per reload for names that are not classes: no stack trace to fill. */
    private static final class NotAClass extends ClassNotFoundException {
        private static final long serialVersionUID = 1L;

        NotAClass(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private Optional<byte[]> read(String name) {
        try (InputStream in = getParent().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }
}
