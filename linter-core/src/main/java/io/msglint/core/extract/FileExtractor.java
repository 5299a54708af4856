package io.msglint.core.extract;

import com.github.javaparser.ast.CompilationUnit;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.rules.model.SendSite;
import java.util.ArrayList;
import java.util.List;

/** Everything one parsed file contributes: SDK sends, Functions output bindings, receivers. */
public final class FileExtractor {

    private final SendSiteExtractor sends;
    private final OutputBindingExtractor outputs;
    private final ReceiveSiteExtractor receives;

    public FileExtractor(TypeResolver resolver, PayloadTypes payloadTypes) {
        this.sends = new SendSiteExtractor(resolver, payloadTypes);
        this.outputs = new OutputBindingExtractor(resolver, new PayloadTracer(resolver), sends);
        this.receives = new ReceiveSiteExtractor(resolver, payloadTypes);
    }

    public FileFacts extract(CompilationUnit unit, String reportPath) {
        FileFacts sdk = sends.extract(unit, reportPath);
        List<SendSite> all = new ArrayList<>(sdk.sends());
        all.addAll(outputs.extract(unit, reportPath));
        all.sort((a, b) -> a.location().compareTo(b.location()));
        return new FileFacts(all, receives.extract(unit, reportPath), sdk.unresolvedCalls());
    }
}
