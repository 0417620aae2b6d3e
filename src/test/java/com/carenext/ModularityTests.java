package com.carenext;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each direct sub-package is a module; no cycles, no reaching into another module's internals. */
class ModularityTests {

    private static final ApplicationModules modules = ApplicationModules.of(CareNextApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "spring-modulith-docs");
        org.springframework.util.FileSystemUtils.deleteRecursively(folder.toFile());
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        org.assertj.core.api.Assertions.assertThat(folder.resolve("components.puml")).isRegularFile()
                .content().contains("\"Organization\"", "\"Security\"", "\"Volunteer\"");
        modules.forEach(module -> org.assertj.core.api.Assertions
                .assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).isRegularFile());
    }
}
