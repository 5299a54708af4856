package io.msglint.core;

import io.msglint.core.cache.ScanCache;
import io.msglint.core.extract.FileFacts;
import io.msglint.core.extract.Linker;
import io.msglint.core.extract.PayloadTypes;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The candidate files' facts linked into the rules' model, with what linking noticed.
 *
 * @param unresolved SDK calls msglint could not resolve
 * @param conflicts  payload types declared both a message and an event
 * @param problems   candidate files that could not be analysed
 */
record Linked(List<SendSite> sends, List<ReceiveSite> receives, int unresolved, Set<String> conflicts,
              List<Diagnostic> problems) {

    static final Linked NONE = new Linked(List.of(), List.of(), 0, Set.of(), List.of());

    /** Links each candidate's analysis, in the candidates' order (given by their analysis keys). */
    static Linked of(List<String> analysisKeys, List<ScanCache.Analysis> analyses, PayloadTypes payloadTypes) {
        Linker linker = new Linker(payloadTypes);
        List<SendSite> sends = new ArrayList<>();
        List<ReceiveSite> receives = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        int unresolved = 0;
        for (int i = 0; i < analyses.size(); i++) {
            ScanCache.Analysis analysis = analyses.get(i);
            if (analysis.problem().isPresent()) {
                problems.add(new Diagnostic(ScanCache.reportPath(analysisKeys.get(i)), analysis.problem().get()));
            }
            if (analysis.facts().isPresent()) {
                FileFacts facts = analysis.facts().get();
                facts.sends().forEach(s -> sends.add(linker.link(s)));
                facts.receives().forEach(r -> receives.add(linker.link(r)));
                unresolved += facts.unresolvedCalls();
            }
        }
        return new Linked(sends, receives, unresolved, payloadTypes.conflicts(), problems);
    }
}
