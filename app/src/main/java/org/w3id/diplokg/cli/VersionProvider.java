package org.w3id.diplokg.cli;

import org.w3id.diplokg.extractor.emit.ProvenanceEmitter;
import picocli.CommandLine.IVersionProvider;

/** Prints the version recorded in the build's provenance. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"diplokg " + ProvenanceEmitter.currentVersion()};
    }
}
