package io.msglint.core.cache;

import io.msglint.annotations.Delivery;
import io.msglint.annotations.EventKind;
import io.msglint.annotations.Receivers;
import io.msglint.core.Anchor;
import io.msglint.core.extract.DeclaredSuppression;
import io.msglint.core.extract.FileFacts;
import io.msglint.core.extract.Forward;
import io.msglint.core.extract.Injection;
import io.msglint.core.extract.Delegate;
import io.msglint.core.extract.MethodRef;
import io.msglint.core.extract.RawBean;
import io.msglint.core.extract.RawCall;
import io.msglint.core.extract.RawReceive;
import io.msglint.core.extract.RawSend;
import io.msglint.core.resolve.DirectType;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.Sign;
import io.msglint.rules.model.Content;
import io.msglint.rules.model.KindDeclaration;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.Suppression;
import io.msglint.rules.model.TypeShape;
import io.msglint.rules.model.Via;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/** Writes and reads one file's facts in the cache's binary form. */
final class FactsCodec {

    private FactsCodec() {
    }

    static void write(DataOutput out, FileFacts facts) throws IOException {
        out.writeInt(facts.unresolvedCalls());
        out.writeInt(facts.sends().size());
        for (RawSend send : facts.sends()) {
            location(out, send.location());
            out.writeUTF(send.channel().name());
            optional(out, send.entity());
            out.writeUTF(send.api());
            strings(out, send.payloadTypes());
            content(out, send.content());
            traits(out, send.traits());
            suppressions(out, send.suppressions());
            out.writeUTF(send.via().name());
            out.writeBoolean(send.forward().isPresent());
            if (send.forward().isPresent()) {
                method(out, send.forward().get().method());
                out.writeInt(send.forward().get().parameter());
            }
            out.writeBoolean(send.injection().isPresent());
            if (send.injection().isPresent()) {
                Injection injection = send.injection().get();
                out.writeUTF(injection.clientType());
                optional(out, injection.qualifier());
                out.writeUTF(injection.name());
            }
        }
        out.writeInt(facts.receives().size());
        for (RawReceive receive : facts.receives()) {
            location(out, receive.location());
            out.writeUTF(receive.channel().name());
            optional(out, receive.entity());
            out.writeUTF(receive.api());
            out.writeBoolean(receive.trigger());
            strings(out, receive.boundTypes());
            optional(out, receive.mode().map(Enum::name));
            out.writeBoolean(receive.session());
            out.writeBoolean(receive.polling());
            suppressions(out, receive.suppressions());
            out.writeUTF(receive.via().name());
            clues(out, receive.clues());
            out.writeInt(receive.delegates().size());
            for (Delegate delegate : receive.delegates()) {
                out.writeUTF(delegate.type());
                out.writeUTF(delegate.method());
            }
        }
        out.writeInt(facts.calls().size());
        for (RawCall call : facts.calls()) {
            location(out, call.location());
            strings(out, call.receiverTypes());
            out.writeUTF(call.name());
            out.writeInt(call.arguments().size());
            for (RawCall.Argument argument : call.arguments()) {
                strings(out, argument.types());
                content(out, argument.content());
                out.writeInt(argument.forwardedParameter().orElse(-1));
            }
            out.writeBoolean(call.caller().isPresent());
            if (call.caller().isPresent()) {
                method(out, call.caller().get());
            }
            out.writeUTF(call.loop().name());
            suppressions(out, call.suppressions());
        }
        out.writeInt(facts.beans().size());
        for (RawBean bean : facts.beans()) {
            out.writeUTF(bean.clientType());
            strings(out, bean.names());
            out.writeUTF(bean.channel().name());
            optional(out, bean.entity());
            out.writeBoolean(bean.base64());
            location(out, bean.location());
        }
        out.writeInt(facts.declared().size());
        for (DeclaredSuppression declared : facts.declared()) {
            suppression(out, declared.suppression());
            out.writeUTF(declared.onType());
        }
        out.writeInt(facts.anchors().size());
        for (Map.Entry<SourceLocation, Anchor> anchor : new TreeMap<>(facts.anchors()).entrySet()) {
            location(out, anchor.getKey());
            out.writeUTF(anchor.getValue().member());
            out.writeUTF(anchor.getValue().statement());
        }
        out.writeInt(facts.delegated().size());
        for (Map.Entry<Delegate, List<Clue>> delegated : sortedDelegated(facts)) {
            out.writeUTF(delegated.getKey().type());
            out.writeUTF(delegated.getKey().method());
            clues(out, delegated.getValue());
        }
    }

    private static void method(DataOutput out, MethodRef method) throws IOException {
        out.writeUTF(method.type());
        strings(out, method.supertypes());
        out.writeUTF(method.name());
        out.writeInt(method.arity());
    }

    private static MethodRef method(CacheInput in) throws IOException {
        return new MethodRef(in.readUTF(), strings(in), in.readUTF(), in.readInt());
    }

    private static void content(DataOutput out, List<Content> content) throws IOException {
        out.writeInt(content.size());
        for (Content c : content) {
            out.writeUTF(c.strength().name());
            out.writeUTF(c.evidence());
        }
    }

    private static List<Content> content(CacheInput in) throws IOException {
        List<Content> content = new ArrayList<>();
        for (int c = in.readInt(); c > 0; c--) {
            content.add(new Content(Content.Strength.valueOf(in.readUTF()), in.readUTF()));
        }
        return content;
    }

    static FileFacts read(CacheInput in) throws IOException {
        int unresolved = in.readInt();
        List<RawSend> sends = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            SourceLocation location = location(in);
            Channel channel = Channel.valueOf(in.readUTF());
            Optional<String> entity = optional(in);
            String api = in.readUTF();
            List<String> types = strings(in);
            List<Content> content = content(in);
            SendTraits traits = traits(in);
            Set<Suppression> suppressions = suppressions(in);
            Via via = Via.valueOf(in.readUTF());
            Optional<Forward> forward = in.readBoolean() ? Optional.of(new Forward(method(in), in.readInt())) : Optional.empty();
            Optional<Injection> injection = in.readBoolean()
                    ? Optional.of(new Injection(in.readUTF(), optional(in), in.readUTF())) : Optional.empty();
            sends.add(new RawSend(location, channel, entity, api, types, content, traits, suppressions, via, forward,
                    injection));
        }
        List<RawReceive> receives = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            SourceLocation location = location(in);
            Channel channel = Channel.valueOf(in.readUTF());
            Optional<String> entity = optional(in);
            String api = in.readUTF();
            boolean trigger = in.readBoolean();
            List<String> bound = strings(in);
            Optional<ReceiveSite.ReceiveMode> mode = optional(in).map(ReceiveSite.ReceiveMode::valueOf);
            boolean session = in.readBoolean();
            boolean polling = in.readBoolean();
            Set<Suppression> suppressions = suppressions(in);
            Via via = Via.valueOf(in.readUTF());
            List<Clue> clues = clues(in);
            List<Delegate> delegates = new ArrayList<>();
            for (int d = in.readInt(); d > 0; d--) {
                delegates.add(new Delegate(in.readUTF(), in.readUTF()));
            }
            receives.add(new RawReceive(location, channel, entity, api, trigger, bound, mode, session, polling,
                    suppressions, via, clues, delegates));
        }
        List<RawCall> calls = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            SourceLocation location = location(in);
            List<String> receiverTypes = strings(in);
            String name = in.readUTF();
            List<RawCall.Argument> arguments = new ArrayList<>();
            for (int a = in.readInt(); a > 0; a--) {
                List<String> types = strings(in);
                List<Content> content = content(in);
                int forwarded = in.readInt();
                arguments.add(new RawCall.Argument(types, content,
                        forwarded < 0 ? Optional.empty() : Optional.of(forwarded)));
            }
            Optional<MethodRef> caller = in.readBoolean() ? Optional.of(method(in)) : Optional.empty();
            SendTraits.Loop loop = SendTraits.Loop.valueOf(in.readUTF());
            Set<Suppression> suppressions = suppressions(in);
            calls.add(new RawCall(location, receiverTypes, name, arguments, caller, loop, suppressions));
        }
        List<RawBean> beans = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            beans.add(new RawBean(in.readUTF(), strings(in), Channel.valueOf(in.readUTF()), optional(in),
                    in.readBoolean(), location(in)));
        }
        List<DeclaredSuppression> declared = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            declared.add(new DeclaredSuppression(suppression(in), in.readUTF()));
        }
        Map<SourceLocation, Anchor> anchors = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            anchors.put(location(in), new Anchor(in.readUTF(), in.readUTF()));
        }
        Map<Delegate, List<Clue>> delegated = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            delegated.put(new Delegate(in.readUTF(), in.readUTF()), clues(in));
        }
        return new FileFacts(sends, receives, unresolved, calls, beans, anchors, declared, delegated);
    }

    private static List<Map.Entry<Delegate, List<Clue>>> sortedDelegated(FileFacts facts) {
        List<Map.Entry<Delegate, List<Clue>>> entries = new ArrayList<>(facts.delegated().entrySet());
        entries.sort(Map.Entry.comparingByKey(Delegate.ORDER));
        return entries;
    }

    private static void clues(DataOutput out, List<Clue> clues) throws IOException {
        out.writeInt(clues.size());
        for (Clue clue : clues) {
            out.writeUTF(clue.sign().name());
            out.writeBoolean(clue.place().isPresent());
            if (clue.place().isPresent()) {
                location(out, clue.place().get());
            }
            out.writeUTF(clue.detail());
        }
    }

    private static List<Clue> clues(CacheInput in) throws IOException {
        List<Clue> clues = new ArrayList<>();
        for (int c = in.readInt(); c > 0; c--) {
            Sign sign = Sign.valueOf(in.readUTF());
            Optional<SourceLocation> place = in.readBoolean() ? Optional.of(location(in)) : Optional.empty();
            clues.add(new Clue(sign, place, in.readUTF()));
        }
        return clues;
    }

    static void type(DataOutput out, DirectType type) throws IOException {
        out.writeUTF(type.name());
        KindDeclaration d = type.declaration();
        out.writeUTF(d.typeName());
        out.writeBoolean(d.message().isPresent());
        if (d.message().isPresent()) {
            MessageTraits m = d.message().get();
            out.writeUTF(m.receivers().name());
            out.writeBoolean(m.ordered());
            out.writeBoolean(m.transactional());
            out.writeUTF(m.delivery().name());
            out.writeBoolean(m.deduplicate());
            out.writeInt(m.maxSizeKb());
        }
        optional(out, d.event().map(Enum::name));
        optional(out, type.superclass());
        strings(out, type.interfaces());
        out.writeInt(type.fields().size());
        for (TypeShape.Field field : type.fields()) {
            out.writeUTF(field.name());
            out.writeUTF(field.typeName());
        }
        suppressions(out, type.suppressions());
        optional(out, type.source().map(Path::toString));
    }

    static DirectType type(CacheInput in) throws IOException {
        String name = in.readUTF();
        String declaring = in.readUTF();
        Optional<MessageTraits> message = Optional.empty();
        if (in.readBoolean()) {
            message = Optional.of(new MessageTraits(Receivers.valueOf(in.readUTF()), in.readBoolean(), in.readBoolean(),
                    Delivery.valueOf(in.readUTF()), in.readBoolean(), in.readInt()));
        }
        Optional<EventKind> event = optional(in).map(EventKind::valueOf);
        Optional<String> superclass = optional(in);
        List<String> interfaces = strings(in);
        List<TypeShape.Field> fields = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            fields.add(new TypeShape.Field(in.readUTF(), in.readUTF()));
        }
        Set<Suppression> suppressions = suppressions(in);
        Optional<Path> source = optional(in).map(Path::of);
        return new DirectType(name, new KindDeclaration(declaring, message, event), superclass, interfaces, fields,
                suppressions, source);
    }

    private static void traits(DataOutput out, SendTraits t) throws IOException {
        out.writeBoolean(t.sessionId());
        out.writeBoolean(t.messageId());
        out.writeBoolean(t.transaction());
        out.writeBoolean(t.partitioned());
        out.writeUTF(t.loop().name());
        out.writeUTF(t.handling().name());
        out.writeInt(t.items().orElse(-1));
        out.writeLong(t.provableBytes().orElse(-1));
        out.writeBoolean(t.base64());
    }

    private static SendTraits traits(CacheInput in) throws IOException {
        boolean session = in.readBoolean();
        boolean messageId = in.readBoolean();
        boolean transaction = in.readBoolean();
        boolean partitioned = in.readBoolean();
        SendTraits.Loop loop = SendTraits.Loop.valueOf(in.readUTF());
        SendTraits.Handling handling = SendTraits.Handling.valueOf(in.readUTF());
        int items = in.readInt();
        long bytes = in.readLong();
        boolean base64 = in.readBoolean();
        return new SendTraits(session, messageId, transaction, partitioned, loop, handling,
                items < 0 ? OptionalInt.empty() : OptionalInt.of(items),
                bytes < 0 ? OptionalLong.empty() : OptionalLong.of(bytes), base64);
    }

    private static void suppressions(DataOutput out, Set<Suppression> suppressions) throws IOException {
        out.writeInt(suppressions.size());
        for (Suppression suppression : suppressions) {
            suppression(out, suppression);
        }
    }

    private static Set<Suppression> suppressions(CacheInput in) throws IOException {
        Set<Suppression> suppressions = new HashSet<>();
        for (int i = in.readInt(); i > 0; i--) {
            suppressions.add(suppression(in));
        }
        return suppressions;
    }

    private static void suppression(DataOutput out, Suppression suppression) throws IOException {
        out.writeUTF(suppression.ruleId());
        out.writeUTF(suppression.reason());
        out.writeBoolean(suppression.declaredAt().isPresent());
        if (suppression.declaredAt().isPresent()) {
            location(out, suppression.declaredAt().get());
        }
    }

    private static Suppression suppression(CacheInput in) throws IOException {
        return new Suppression(in.readUTF(), in.readUTF(), in.readBoolean() ? Optional.of(location(in)) : Optional.empty());
    }

    private static void location(DataOutput out, SourceLocation location) throws IOException {
        out.writeUTF(location.file());
        out.writeInt(location.line());
        out.writeInt(location.column());
    }

    private static SourceLocation location(CacheInput in) throws IOException {
        return new SourceLocation(in.readUTF(), in.readInt(), in.readInt());
    }

    static void optional(DataOutput out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get());
        }
    }

    static Optional<String> optional(CacheInput in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    static void strings(DataOutput out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    static List<String> strings(CacheInput in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            values.add(in.readUTF());
        }
        return values;
    }
}
