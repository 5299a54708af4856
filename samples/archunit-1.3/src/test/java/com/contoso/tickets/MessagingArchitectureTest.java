package com.contoso.tickets;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.msglint.rules.archunit.MsglintRules;

/** What a user adds: msglint's ERROR rules over the project's classes. Here it must fail. */
@AnalyzeClasses(packages = "com.contoso.tickets", importOptions = ImportOption.DoNotIncludeTests.class)
class MessagingArchitectureTest {

    @ArchTest
    static final ArchRule messaging = MsglintRules.ALL;
}
