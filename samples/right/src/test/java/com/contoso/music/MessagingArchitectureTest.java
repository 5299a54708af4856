package com.contoso.music;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.msglint.rules.archunit.MsglintRules;

/** msglint's ERROR rules as the project's own ArchUnit test: the right variant passes them. */
@AnalyzeClasses(packages = "com.contoso.music", importOptions = ImportOption.DoNotIncludeTests.class)
class MessagingArchitectureTest {

    @ArchTest
    static final ArchRule messaging = MsglintRules.ALL;
}
