package io.msglint.core.extract;

import com.github.javaparser.ast.CompilationUnit;
import io.msglint.core.resolve.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything one parsed file contributes: SDK sends, Functions output bindings, receivers, client
 * beans, and the Spring Cloud Stream and JMS sites whose channel the configuration names.
 */
public final class FileExtractor {

    private final SendSiteExtractor sends;
    private final OutputBindingExtractor outputs;
    private final ReceiveSiteExtractor receives;
    private final BeanExtractor beans;
    private final SpringBindingExtractor bindings;

    public FileExtractor(TypeResolver resolver) {
        this.bindings = new SpringBindingExtractor(resolver);
        this.sends = new SendSiteExtractor(resolver);
        this.outputs = new OutputBindingExtractor(resolver);
        this.receives = new ReceiveSiteExtractor(resolver);
        this.beans = new BeanExtractor(resolver);
    }

    public FileFacts extract(CompilationUnit unit, String reportPath) {
        Suppressions.inFile(unit, reportPath);
        FileFacts sdk = sends.extract(unit, reportPath);
        List<RawSend> all = new ArrayList<>(sdk.sends());
        all.addAll(outputs.extract(unit, reportPath));
        SpringBindingExtractor.Found framework = bindings.extract(unit, reportPath);
        all.addAll(framework.sends());
        all.sort((a, b) -> a.location().compareTo(b.location()));
        List<RawReceive> received = new ArrayList<>(receives.extract(unit, reportPath));
        received.addAll(framework.receives());
        received.sort((a, b) -> a.location().compareTo(b.location()));
        return new FileFacts(all, received, sdk.unresolvedCalls(), List.of(),
                beans.extract(unit, reportPath), Map.of(), Suppressions.declaredIn(unit)).anchoredIn(unit);
    }
}
