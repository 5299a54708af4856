package io.msglint.core.extract;

import io.msglint.core.Anchor;
import io.msglint.core.Diagnostic;
import io.msglint.rules.classify.ChannelEvidence;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.Tiers;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidate files' facts linked into the rules' model, with what linking noticed.
 *
 * @param unresolved SDK calls msglint could not resolve
 * @param conflicts  payload types declared both a message and an event
 * @param problems   candidate files that could not be analysed
 * @param anchors    the line-free place of every send, receive and call, for findings' identities
 * @param declared   every msglint suppression written in the candidate files
 */
public record LinkedFacts(List<SendSite> sends, List<ReceiveSite> receives, int unresolved, Set<String> conflicts,
                          List<Diagnostic> problems, Map<SourceLocation, Anchor> anchors,
                          List<DeclaredSuppression> declared) {

    public static final LinkedFacts NONE = new LinkedFacts(List.of(), List.of(), 0, Set.of(), List.of(), Map.of(),
            List.of());

    /**
     * Links each candidate's analysis, in the candidates' order: sites whose channel the
     * configuration names get it ({@link Bindings}), injected clients get their beans' entities
     * ({@link Beans}), then sends through the project's own methods are followed to their callers
     * ({@link SendPaths}); last, the kinds of payloads nothing declares are decided from the clues at
     * both ends of their channels ({@link ChannelEvidence}).
     */
    public static LinkedFacts of(List<AnalysedFile> files, PayloadTypes payloadTypes, Bindings bindings) {
        Linker linker = new Linker(payloadTypes);
        List<RawSend> rawSends = new ArrayList<>();
        List<RawCall> calls = new ArrayList<>();
        Set<String> callsSeen = new HashSet<>();
        List<RawBean> beans = new ArrayList<>();
        List<RawReceive> rawReceives = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        Map<SourceLocation, Anchor> anchors = new HashMap<>();
        List<DeclaredSuppression> declared = new ArrayList<>();
        Map<Delegate, List<Clue>> delegated = new HashMap<>();
        int unresolved = 0;
        for (AnalysedFile file : files) {
            FileAnalysis analysis = file.analysis();
            if (analysis.problem().isPresent()) {
                problems.add(new Diagnostic(file.key().reportPath(), analysis.problem().get()));
            }
            if (analysis.facts().isPresent()) {
                FileFacts facts = analysis.facts().get();
                rawSends.addAll(facts.sends());
                for (RawCall call : facts.calls()) {
                    // A file found by two searches for the same method name lists its call twice.
                    if (callsSeen.add(call.location() + "#" + call.name())) {
                        calls.add(call);
                    }
                }
                beans.addAll(facts.beans());
                rawReceives.addAll(facts.receives());
                unresolved += facts.unresolvedCalls();
                anchors.putAll(facts.anchors());
                declared.addAll(facts.declared());
                for (Map.Entry<Delegate, List<Clue>> method : facts.delegated().entrySet()) {
                    // An interface's file and its implementation's both answer for the method.
                    delegated.computeIfAbsent(method.getKey(), m -> new ArrayList<>()).addAll(method.getValue());
                }
            }
        }
        Bindings.Bound bound = bindings.bind(rawSends, rawReceives);
        problems.addAll(bound.problems());
        List<ReceiveSite> receives = new ArrayList<>();
        for (RawReceive receive : bound.receives()) {
            receives.add(linker.link(receive.withDelegated(delegated)));
        }
        SendPaths.Result paths = SendPaths.compose(Beans.resolve(bound.sends(), beans), calls);
        problems.addAll(paths.notes());
        List<SendSite> sends = new ArrayList<>();
        for (SendPaths.Composed send : paths.sends()) {
            sends.add(linker.link(send.send(), send.path()));
        }
        sends.sort(SITE_ORDER);
        Facts decided = ChannelEvidence.decide(new Facts(sends, receives, Tiers.DEFAULT));
        return new LinkedFacts(decided.sends(), decided.receives(), unresolved, payloadTypes.conflicts(), problems, anchors, declared);
    }

    /** Sends in the order of their places, then their SDK calls: the same however the paths were found. */
    private static final Comparator<SendSite> SITE_ORDER = new SiteOrder();

    private static final class SiteOrder implements Comparator<SendSite> {

        @Override
        public int compare(SendSite a, SendSite b) {
            int order = a.location().compareTo(b.location());
            return order != 0 ? order : a.api().compareTo(b.api());
        }
    }
}
