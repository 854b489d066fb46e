package io.tradekit.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** tradekit-bom must pin every artifact the reactor builds, at the reactor's version (it has no parent). */
class BomTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void theBomPinsEveryModuleAndTestJarOfTheReactorAtItsVersion() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        Set<String> built = new TreeSet<>();
        for (String module : texts(parent.getDocumentElement(), "modules", "module")) {
            if (module.equals("bom")) {
                continue;
            }
            Path pom = ROOT.resolve(module).resolve("pom.xml");
            String artifactId = child(read(pom).getDocumentElement(), "artifactId");
            built.add(artifactId + ":jar");
            if (Files.readString(pom).contains("<goal>test-jar</goal>")) {
                built.add(artifactId + ":test-jar");
            }
        }
        Set<String> pinned = new TreeSet<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            assertThat(child(dep, "groupId")).isEqualTo("io.tradekit");
            assertThat(child(dep, "version")).isEqualTo("${project.version}");
            String type = child(dep, "type");
            pinned.add(child(dep, "artifactId") + ":" + (type == null ? "jar" : type));
        }

        assertThat(built).contains("tradekit-bootstrap:jar", "tradekit-domain:test-jar");
        assertThat(pinned).isEqualTo(built);
        assertThat(child(bom.getDocumentElement(), "version"))
                .isEqualTo(child(parent.getDocumentElement(), "version"));
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of the direct child element {@code name}, or null. */
    private static String child(Element element, String name) {
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        return null;
    }

    private static List<String> texts(Element root, String list, String item) {
        List<String> out = new ArrayList<>();
        NodeList lists = root.getElementsByTagName(list);
        Element modules = (Element) lists.item(0);
        NodeList items = modules.getElementsByTagName(item);
        for (int i = 0; i < items.getLength(); i++) {
            out.add(items.item(i).getTextContent().trim());
        }
        return out;
    }
}
