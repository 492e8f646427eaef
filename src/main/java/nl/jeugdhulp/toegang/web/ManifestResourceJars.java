package nl.jeugdhulp.toegang.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.WebResourceRoot;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tasklist, Cockpit and Admin load their plugin scripts from {@code META-INF/resources} of Camunda's webjar, through
 * the servlet context. Spring Boot hands Tomcat the jars with such resources that it sees on the class path. In the
 * extracted layout ({@code java -Djarmode=tools -jar … extract}, what container builds use) that class path is
 * the application jar alone, whose manifest names the libraries ({@code Class-Path}); Spring Boot does not follow
 * that attribute (spring-boot#9513), so every plugin script answered 404 and the webapps never showed their login.
 * This gives Tomcat the resource jars named there too. In the fat jar and from {@code target/classes} no jar on
 * the class path names others, and nothing is added.
 */
@Component
class ManifestResourceJars implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final String RESOURCES = "META-INF/resources";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        List<URL> jars = resourceJars(System.getProperty("java.class.path"));
        if (jars.isEmpty()) {
            return;
        }
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.CONFIGURE_START_EVENT.equals(event.getType())) {
                jars.forEach(jar -> context.getResources().createWebResourceSet(
                        WebResourceRoot.ResourceSetType.RESOURCE_JAR, "/", jar, "/" + RESOURCES));
            }
        }));
    }

    /** The jars named in the manifests of the class path's jars, not on it themselves, that have web resources. */
    private static List<URL> resourceJars(String classPath) {
        List<Path> opHetPad = Stream.of(classPath.split(File.pathSeparator)).map(Path::of).map(Path::toAbsolutePath).toList();
        Set<Path> genoemd = new LinkedHashSet<>();
        opHetPad.stream().filter(pad -> pad.toString().endsWith(".jar")).forEach(jar -> genoemd.addAll(classPathVan(jar)));
        genoemd.removeAll(opHetPad);
        List<URL> metResources = new ArrayList<>();
        for (Path jar : genoemd) {
            if (heeftResources(jar)) {
                try {
                    metResources.add(new URL("jar:" + jar.toUri() + "!/"));
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return metResources;
    }

    private static List<Path> classPathVan(Path jar) {
        if (!jar.toFile().isFile()) {
            return List.of();
        }
        try (var bestand = new JarFile(jar.toFile())) {
            var manifest = bestand.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            // Class-Path entries are relative URLs, resolved against the jar's own directory.
            return Stream.of(classPath.trim().split("\\s+"))
                    .map(invoer -> jar.getParent().toUri().resolve(invoer))
                    .filter(uri -> "file".equals(uri.getScheme()))
                    .map(Path::of)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Manifest van " + jar + " niet te lezen", e);
        }
    }

    private static boolean heeftResources(Path jar) {
        if (!jar.toFile().isFile()) {
            return false;
        }
        try (var bestand = new JarFile(jar.toFile())) {
            return bestand.stream().anyMatch(entry -> entry.getName().startsWith(RESOURCES + "/") && !entry.isDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Jar " + jar + " niet te lezen", e);
        }
    }
}
