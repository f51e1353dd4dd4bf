package dev.deskrelay.relay.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed at the context root like the run script does. */
final class RelayWar {

    private RelayWar() {
    }

    static WebArchive asBuilt() {
        var war = new File(System.getProperty("relay.war", "target/relay.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** As built, plus settings an operator would give it, e.g. {@code deskrelay.prototype.enabled=true}. */
    static WebArchive withSettings(String properties) {
        return asBuilt().addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties");
    }
}
