package io.msglint.core.extract;

import io.msglint.core.Diagnostic;
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
public record LinkedFacts(List<SendSite> sends, List<ReceiveSite> receives, int unresolved, Set<String> conflicts,
                          List<Diagnostic> problems) {

    public static final LinkedFacts NONE = new LinkedFacts(List.of(), List.of(), 0, Set.of(), List.of());

    /** Links each candidate's analysis, in the candidates' order. */
    public static LinkedFacts of(List<AnalysedFile> files, PayloadTypes payloadTypes) {
        Linker linker = new Linker(payloadTypes);
        List<SendSite> sends = new ArrayList<>();
        List<ReceiveSite> receives = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        int unresolved = 0;
        for (AnalysedFile file : files) {
            FileAnalysis analysis = file.analysis();
            if (analysis.problem().isPresent()) {
                problems.add(new Diagnostic(file.key().reportPath(), analysis.problem().get()));
            }
            if (analysis.facts().isPresent()) {
                FileFacts facts = analysis.facts().get();
                for (RawSend send : facts.sends()) {
                    sends.add(linker.link(send));
                }
                for (RawReceive receive : facts.receives()) {
                    receives.add(linker.link(receive));
                }
                unresolved += facts.unresolvedCalls();
            }
        }
        return new LinkedFacts(sends, receives, unresolved, payloadTypes.conflicts(), problems);
    }
}
