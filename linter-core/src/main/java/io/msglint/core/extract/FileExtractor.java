package io.msglint.core.extract;

import com.github.javaparser.ast.CompilationUnit;
import io.msglint.core.resolve.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything one parsed file contributes: SDK sends, Functions output bindings, receivers, client beans. */
public final class FileExtractor {

    private final SendSiteExtractor sends;
    private final OutputBindingExtractor outputs;
    private final ReceiveSiteExtractor receives;
    private final BeanExtractor beans;

    public FileExtractor(TypeResolver resolver) {
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
        all.sort((a, b) -> a.location().compareTo(b.location()));
        return new FileFacts(all, receives.extract(unit, reportPath), sdk.unresolvedCalls(), List.of(),
                beans.extract(unit, reportPath), Map.of(), Suppressions.declaredIn(unit)).anchoredIn(unit);
    }
}
