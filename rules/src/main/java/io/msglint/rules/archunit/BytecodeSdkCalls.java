package io.msglint.rules.archunit;

import com.tngtech.archunit.core.domain.JavaClass;
import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.model.Channel;
import io.msglint.rules.model.Content;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendTraits;
import io.msglint.rules.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * SDK calls read from a class file. Sends: each call of an Azure SDK client's send method, the
 * payload types that flow into its payload argument, and the client's entity where its builder
 * chain in the same class shows it. Receives: each Service Bus processor or receiver and each
 * Event Hubs processor built in the class, with its entity, receive mode and the types its handler
 * deserializes. Values are followed with ASM's frame analysis (which instruction made
 * each value): through locals, {@code BinaryData.fromObject}, serializers, the message and event
 * constructors, fields set in the class's constructor. A method that handles two payloads gets
 * each send its own.
 */
final class BytecodeSdkCalls {

    /** Stream and Reactor types whose operators pass elements on. */
    private static final Set<String> PIPELINE_OWNERS = Set.of("java/util/stream/Stream", "reactor/core/publisher/Flux",
            "reactor/core/publisher/Mono", "java/util/List", "java/util/Collection", "java/util/Set");

    /** Static factories whose arguments become a collection's or a stream's elements. */
    private static final Set<String> COLLECTION_LITERALS = Set.of("of", "asList", "just", "singletonList", "singleton");

    /** How far a value is followed back before msglint gives up on it. */
    private static final int MAX_DEPTH = 16;

    /** A send found in a class file. */
    record Send(SourceLocation location, Channel channel, Optional<String> entity, String api, List<String> payloadTypes,
                List<Content> content, SendTraits traits, String method) {
    }

    /**
     * A Service Bus processor or receiver built in a class file: the entity and queue or topic its
     * builder names, its receive mode, and the types its handler deserializes.
     */
    record Receive(SourceLocation location, Channel channel, Optional<String> entity, String api,
                   List<String> boundTypes, Optional<ReceiveSite.ReceiveMode> mode, boolean session, String method) {
    }

    /** What a payload's trace found: its domain types, and evidence that it carries a file's or stream's bytes. */
    private static final class Traced {
        final Set<String> types = new LinkedHashSet<>();
        final Set<Content> content = new LinkedHashSet<>();
    }

    private final ClassNode node;
    private final String sourcePath;
    private final Map<MethodNode, Frame<SourceValue>[]> frames = new HashMap<>();

    private BytecodeSdkCalls(ClassNode node, String sourcePath) {
        this.node = node;
        this.sourcePath = sourcePath;
    }

    /** What a class file sends and receives through the SDK. */
    record Found(List<Send> sends, List<Receive> receives) {
    }

    /** The sends and receives of a class; none when its class file cannot be read. */
    static Found of(JavaClass type, String sourcePath) {
        Optional<ClassNode> node = read(type);
        if (node.isEmpty()) {
            return new Found(List.of(), List.of());
        }
        BytecodeSdkCalls reader = new BytecodeSdkCalls(node.get(), sourcePath);
        return new Found(reader.sends(), reader.receives());
    }

    private List<Receive> receives() {
        List<Receive> receives = new ArrayList<>();
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof MethodInsnNode build && ReceiveCatalog.isServiceBusBuild(build.name)
                        && Type.getObjectType(build.owner).getClassName().startsWith(ReceiveCatalog.SERVICE_BUS_BUILDER + "$")) {
                    receive(method, build).ifPresent(receives::add);
                } else if (insn instanceof MethodInsnNode build && build.name.equals(ReceiveCatalog.EVENT_PROCESSOR_BUILD)
                        && Type.getObjectType(build.owner).getClassName().equals(ReceiveCatalog.EVENT_PROCESSOR_BUILDER)) {
                    eventProcessor(method, build).ifPresent(receives::add);
                }
            }
        }
        return receives;
    }

    /** A Service Bus processor or receiver: its builder chain read back from the build call. */
    private Optional<Receive> receive(MethodNode method, MethodInsnNode build) {
        List<Called> chain = receiverChain(method, build);
        Optional<Called> receiving = chain.stream().filter(c -> ReceiveCatalog.isServiceBusReceiving(c.call().name))
                .findFirst();
        if (receiving.isEmpty()) {
            return Optional.empty();
        }
        Named named = named(chain, Channel.SERVICE_BUS);
        Optional<ReceiveSite.ReceiveMode> mode = Optional.of(ReceiveSite.ReceiveMode.PEEK_LOCK);
        Set<String> bound = new LinkedHashSet<>();
        boolean processor = false;
        for (Called called : chain) {
            MethodInsnNode call = called.call();
            if (call.name.equals(ReceiveCatalog.RECEIVE_MODE)) {
                SourceValue value = argument(called, 0);
                mode = value != null && value.insns.stream().anyMatch(i -> i instanceof FieldInsnNode f
                        && f.name.equals(ReceiveCatalog.RECEIVE_AND_DELETE))
                        ? Optional.of(ReceiveSite.ReceiveMode.RECEIVE_AND_DELETE) : Optional.empty();
            } else if (call.name.equals(ReceiveCatalog.PROCESS_MESSAGE)) {
                processor = true;
                SourceValue handler = argument(called, 0);
                if (handler != null) {
                    for (MethodNode body : lambdaBodies(handler)) {
                        deserialized(body, bound);
                    }
                }
            }
        }
        if (!processor) {
            // A receiver client: its messages are read where it is used, in this class.
            node.methods.forEach(m -> deserialized(m, bound));
        }
        String step = receiving.get().call().name;
        boolean session = ReceiveCatalog.isServiceBusSessionReceiving(step);
        String api = session ? "Service Bus session " + step.replace("session", "").toLowerCase(Locale.ROOT)
                : "Service Bus " + step;
        return Optional.of(new Receive(new SourceLocation(sourcePath, line(build), 1), named.channel(), named.entity(),
                api, List.copyOf(bound), mode, session, method.name));
    }

    /** An Event Hubs processor: the hub its builder names and the types its event handler deserializes. */
    private Optional<Receive> eventProcessor(MethodNode method, MethodInsnNode build) {
        List<Called> chain = receiverChain(method, build);
        Set<String> bound = new LinkedHashSet<>();
        for (Called called : chain) {
            SourceValue handler = ReceiveCatalog.isEventProcessorHandler(called.call().name) ? argument(called, 0) : null;
            if (handler != null) {
                lambdaBodies(handler).forEach(body -> deserialized(body, bound));
            }
        }
        return Optional.of(new Receive(new SourceLocation(sourcePath, line(build), 1), Channel.EVENT_HUBS,
                named(chain, Channel.EVENT_HUBS).entity(), "Event Hubs processor", List.copyOf(bound), Optional.empty(),
                false, method.name));
    }

    /** The calls the receiver of a call went through, back to where it was made. */
    private List<Called> receiverChain(MethodNode method, MethodInsnNode call) {
        List<Called> chain = new ArrayList<>();
        Frame<SourceValue> frame = frame(method, call);
        int count = Type.getArgumentTypes(call.desc).length;
        if (frame != null && frame.getStackSize() > count) {
            chain(method, frame.getStack(frame.getStackSize() - count - 1), chain, new HashSet<>(), 0);
        }
        return chain;
    }

    /**
     * What a client's builder chain names: the entity of its first entity method, and the channel
     * that method implies (a Service Bus sender built with {@code queueName} is a queue's).
     */
    private record Named(Optional<String> entity, Channel channel) {
    }

    private Named named(List<Called> chain, Channel channel) {
        for (Called called : chain) {
            int count = Type.getArgumentTypes(called.call().desc).length;
            for (SdkCatalog.EntityMethod entity : SdkCatalog.entityMethods(channel)) {
                if (entity.name().equals(called.call().name) && entity.arity() == count) {
                    return new Named(constant(argument(called, entity.argument())), entity.refinesTo().orElse(channel));
                }
            }
        }
        return new Named(Optional.empty(), channel);
    }

    /** A call of a builder chain, in the method whose frames show its arguments. */
    private record Called(MethodNode method, MethodInsnNode call) {
    }

    private SourceValue argument(Called called, int index) {
        Frame<SourceValue> frame = frame(called.method(), called.call());
        int count = Type.getArgumentTypes(called.call().desc).length;
        return frame == null || index >= count ? null : frame.getStack(frame.getStackSize() - count + index);
    }

    /** The calls a builder went through, from a value back to where the builder was made. */
    private void chain(MethodNode method, SourceValue value, List<Called> into, Set<AbstractInsnNode> seen, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        for (AbstractInsnNode insn : value.insns) {
            if (!seen.add(insn)) {
                continue;
            }
            if (insn instanceof MethodInsnNode call) {
                into.add(new Called(method, call));
                Frame<SourceValue> frame = frame(method, call);
                int count = Type.getArgumentTypes(call.desc).length;
                if (frame != null && call.getOpcode() != Opcodes.INVOKESTATIC && frame.getStackSize() > count) {
                    chain(method, frame.getStack(frame.getStackSize() - count - 1), into, seen, depth + 1);
                }
            } else if (insn instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD) {
                stored(method, load).forEach(v -> chain(method, v, into, seen, depth + 1));
            } else if (insn instanceof FieldInsnNode get && get.owner.equals(node.name)) {
                assignedToField(get.name).forEach(a -> chain(a.method(), a.value(), into, seen, depth + 1));
            }
        }
    }

    /** The methods of this class a lambda or method reference stands for. */
    private List<MethodNode> lambdaBodies(SourceValue operand) {
        List<MethodNode> bodies = new ArrayList<>();
        for (AbstractInsnNode insn : operand.insns) {
            if (insn instanceof InvokeDynamicInsnNode lambda) {
                for (Object argument : lambda.bsmArgs) {
                    if (argument instanceof Handle handle && handle.getOwner().equals(node.name)) {
                        for (MethodNode body : node.methods) {
                            if (body.name.equals(handle.getName()) && body.desc.equals(handle.getDesc())) {
                                bodies.add(body);
                            }
                        }
                    }
                }
            }
        }
        return bodies;
    }

    /** The types a method deserializes a body into: {@code toObject(X.class)}, {@code readValue(json, X.class)}. */
    private void deserialized(MethodNode method, Set<String> bound) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call && ReceiveCatalog.isDeserializer(call.name)) {
                int count = Type.getArgumentTypes(call.desc).length;
                for (int i = 0; i < count; i++) {
                    SourceValue value = argument(new Called(method, call), i);
                    if (value != null) {
                        for (AbstractInsnNode source : value.insns) {
                            if (source instanceof LdcInsnNode ldc && ldc.cst instanceof Type type
                                    && type.getSort() == Type.OBJECT) {
                                addDomain(type.getClassName(), bound);
                            }
                        }
                    }
                }
            }
        }
    }

    private static Optional<ClassNode> read(JavaClass type) {
        try {
            Optional<byte[]> bytes = type.getSource().flatMap(source -> bytes(source.getUri()));
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            ClassNode node = new ClassNode();
            new ClassReader(bytes.get()).accept(node, ClassReader.SKIP_FRAMES);
            return Optional.of(node);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A class file's bytes, from a folder ({@code file:}) or a jar ({@code jar:file:...!/entry}):
     * read as files, never through a URL connection.
     */
    private static Optional<byte[]> bytes(URI uri) {
        try {
            if ("file".equals(uri.getScheme())) {
                return Optional.of(Files.readAllBytes(Path.of(uri)));
            }
            String text = uri.toString();
            int bang = text.indexOf("!/");
            if ("jar".equals(uri.getScheme()) && bang > 0) {
                Path jar = Path.of(URI.create(text.substring("jar:".length(), bang)));
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    ZipEntry entry = zip.getEntry(text.substring(bang + 2));
                    if (entry != null) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            return Optional.of(in.readAllBytes());
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private List<Send> sends() {
        List<Send> sends = new ArrayList<>();
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof MethodInsnNode call && SdkCatalog.isSendMethodName(call.name)) {
                    Optional<SdkCatalog.Client> client = SdkCatalog.client(Type.getObjectType(call.owner).getClassName());
                    if (client.isPresent()) {
                        send(method, call, client.get()).ifPresent(sends::add);
                    }
                }
            }
        }
        return sends;
    }

    private Optional<Send> send(MethodNode method, MethodInsnNode call, SdkCatalog.Client client) {
        Optional<Integer> payloadIndex = client.payloadArgument(call.name);
        Frame<SourceValue> frame = frame(method, call);
        Type[] arguments = Type.getArgumentTypes(call.desc);
        if (payloadIndex.isEmpty() || frame == null || payloadIndex.get() >= arguments.length || client.isConfigured()) {
            return Optional.empty();
        }
        int base = frame.getStackSize() - arguments.length;
        SourceValue payload = frame.getStack(base + payloadIndex.get());
        Traced traced = new Traced();
        payloadTypes(method, payload, traced, new HashSet<>(), 0);
        Named named = client.entityArgument() >= 0 && client.entityArgument() < arguments.length
                ? new Named(constant(frame.getStack(base + client.entityArgument())), client.channel())
                : named(receiverChain(method, call), client.channel());
        Set<String> called = calledIn(method);
        SendTraits traits = new SendTraits(called.contains(SdkCatalog.SET_SESSION_ID),
                called.contains(SdkCatalog.SET_MESSAGE_ID),
                client.passesTransaction(call.name, arguments.length),
                called.stream().anyMatch(SdkCatalog::isPartitionSetter),
                SendTraits.Loop.NONE, SendTraits.Handling.CHECKED, OptionalInt.empty(), OptionalLong.empty(), false);
        return Optional.of(new Send(new SourceLocation(sourcePath, line(call), 1), named.channel(), named.entity(),
                client.simpleName() + "." + call.name, List.copyOf(traced.types), List.copyOf(traced.content), traits,
                method.name));
    }

    /** The types of the values that reach a payload argument, through wrappers and serializers. */
    private void payloadTypes(MethodNode method, SourceValue value, Traced types, Set<AbstractInsnNode> seen,
                              int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        for (AbstractInsnNode insn : value.insns) {
            if (!seen.add(insn)) {
                continue;
            }
            if (insn.getOpcode() == Opcodes.DUP) {
                // A constructed object is the DUP's copy of the NEW: follow it to the NEW.
                Frame<SourceValue> frame = frame(method, insn);
                if (frame != null && frame.getStackSize() > 0) {
                    payloadTypes(method, frame.getStack(frame.getStackSize() - 1), types, seen, depth + 1);
                }
            } else if (insn instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD) {
                List<SourceValue> stored = stored(method, load);
                if (stored.isEmpty()) {
                    List<Assigned> passed = passedBy(method, load.var);
                    if (passed.isEmpty()) {
                        parameterType(method, load.var).ifPresent(t -> addDomain(t, types.types));
                    }
                    passed.forEach(a -> payloadTypes(a.method(), a.value(), types, seen, depth + 1));
                }
                stored.forEach(v -> payloadTypes(method, v, types, seen, depth + 1));
            } else if (insn instanceof TypeInsnNode created && created.getOpcode() == Opcodes.NEW) {
                String type = Type.getObjectType(created.desc).getClassName();
                Optional<Integer> wrapped = SdkCatalog.wrapperPayloadArgument(type);
                if (wrapped.isPresent()) {
                    constructorArgument(method, created, wrapped.get())
                            .ifPresent(v -> payloadTypes(method, v, types, seen, depth + 1));
                } else if (SdkCatalog.isContentStreamType(type)) {
                    types.content.add(new Content(Content.Strength.FILE_OR_STREAM, "new " + simple(type) + "(...)"));
                } else {
                    addDomain(type, types.types);
                }
            } else if (insn instanceof TypeInsnNode cast && cast.getOpcode() == Opcodes.CHECKCAST) {
                addDomain(Type.getObjectType(cast.desc).getClassName(), types.types);
            } else if (insn instanceof MethodInsnNode call) {
                Optional<String> read = contentRead(call);
                if (read.isPresent()) {
                    types.content.add(new Content(Content.Strength.FILE_OR_STREAM, read.get()));
                } else if (passesArgumentOn(call)) {
                    Frame<SourceValue> frame = frame(method, call);
                    Type[] arguments = Type.getArgumentTypes(call.desc);
                    if (frame != null && arguments.length > 0) {
                        payloadTypes(method, frame.getStack(frame.getStackSize() - arguments.length), types, seen,
                                depth + 1);
                    }
                } else if (call.getOpcode() != Opcodes.INVOKESTATIC && (SdkCatalog.isBuilderStep(call.name)
                        || SdkCatalog.mayBeWrapperSetter(call.name) && returnsItsOwner(call))) {
                    // MessageBuilder.withPayload(x).setHeader(..).build(), new ServiceBusMessage(..).setSubject(..):
                    // what they return carries their receiver's payload.
                    Frame<SourceValue> frame = frame(method, call);
                    int count = Type.getArgumentTypes(call.desc).length;
                    if (frame != null && frame.getStackSize() > count) {
                        payloadTypes(method, frame.getStack(frame.getStackSize() - count - 1), types, seen, depth + 1);
                    }
                } else if (isPipelineStep(call)) {
                    // stream().map(p -> new EventData(...)).toList(): the payloads are what the steps' lambdas return.
                    Frame<SourceValue> frame = frame(method, call);
                    int count = Type.getArgumentTypes(call.desc).length;
                    for (int i = 0; frame != null && i <= count; i++) {
                        SourceValue operand = frame.getStack(frame.getStackSize() - count - 1 + i);
                        if (i == 0) {
                            payloadTypes(method, operand, types, seen, depth + 1);
                        } else {
                            lambdaResults(operand).forEach(r -> payloadTypes(r.method(), r.value(), types, seen, depth + 1));
                        }
                    }
                } else if (isCollectionLiteral(call)) {
                    // List.of(a, b), Arrays.asList(...), Flux.just(...): each element is a payload.
                    Frame<SourceValue> frame = frame(method, call);
                    int count = Type.getArgumentTypes(call.desc).length;
                    for (int i = 0; frame != null && i < count; i++) {
                        payloadTypes(method, frame.getStack(frame.getStackSize() - count + i), types, seen, depth + 1);
                    }
                } else {
                    addDomain(Type.getReturnType(call.desc).getClassName(), types.types);
                }
            } else if (insn instanceof FieldInsnNode field
                    && (field.getOpcode() == Opcodes.GETFIELD || field.getOpcode() == Opcodes.GETSTATIC)) {
                addDomain(Type.getType(field.desc).getClassName(), types.types);
            }
        }
    }

    /**
     * Calls whose first argument is the payload: {@code BinaryData.fromObject}, serializers,
     * {@code MessageBuilder.withPayload}.
     */
    private static boolean passesArgumentOn(MethodInsnNode call) {
        String owner = Type.getObjectType(call.owner).getClassName();
        return owner.equals(SdkCatalog.binaryDataType()) && SdkCatalog.binaryDataFactory(call.name).isPresent()
                || SdkCatalog.isSerializerMethod(call.name) || SdkCatalog.isPayloadFactory(call.name);
    }

    /**
     * A call that reads a file or a stream: {@code BinaryData.fromFile}, {@code Files.readAllBytes},
     * {@code in.readAllBytes()}; in the words the source front end uses.
     */
    private static Optional<String> contentRead(MethodInsnNode call) {
        String owner = Type.getObjectType(call.owner).getClassName();
        if (owner.equals(SdkCatalog.binaryDataType()) && SdkCatalog.binaryDataFactory(call.name)
                .filter(c -> c == SdkCatalog.Conversion.READS_CONTENT).isPresent()) {
            return Optional.of(SdkCatalog.binaryDataCall(call.name));
        }
        if (call.getOpcode() == Opcodes.INVOKESTATIC && SdkCatalog.isStaticContentReader(simple(owner), call.name)) {
            return Optional.of(simple(owner) + "." + call.name + "(...)");
        }
        if (call.getOpcode() != Opcodes.INVOKESTATIC && SdkCatalog.isStreamReader(call.name)) {
            return Optional.of(simple(owner) + "." + call.name + "()");
        }
        return Optional.empty();
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Whether a call returns the type it is called on: a fluent setter. */
    private static boolean returnsItsOwner(MethodInsnNode call) {
        return Type.getReturnType(call.desc).getInternalName().equals(call.owner);
    }

    /**
     * What this class's own calls pass for a parameter of a private method: a helper the payload
     * is handed to ({@code private void send(BinaryData data)}) sends each caller's argument.
     */
    private List<Assigned> passedBy(MethodNode method, int slot) {
        List<Assigned> passed = new ArrayList<>();
        if ((method.access & Opcodes.ACC_PRIVATE) == 0) {
            return passed;
        }
        int index = parameterIndex(method, slot);
        if (index < 0) {
            return passed;
        }
        int count = Type.getArgumentTypes(method.desc).length;
        for (MethodNode caller : node.methods) {
            for (AbstractInsnNode insn : caller.instructions) {
                if (insn instanceof MethodInsnNode call && call.owner.equals(node.name) && call.name.equals(method.name)
                        && call.desc.equals(method.desc)) {
                    Frame<SourceValue> frame = frame(caller, call);
                    if (frame != null) {
                        passed.add(new Assigned(caller, frame.getStack(frame.getStackSize() - count + index)));
                    }
                }
            }
        }
        return passed;
    }

    /** Which parameter a local slot holds, or -1 for a local that is none. */
    private static int parameterIndex(MethodNode method, int slot) {
        int at = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        Type[] arguments = Type.getArgumentTypes(method.desc);
        for (int i = 0; i < arguments.length; i++) {
            if (at == slot) {
                return i;
            }
            at += arguments[i].getSize();
        }
        return -1;
    }

    /** A step of a stream or Reactor pipeline: its elements come from its receiver and its lambdas. */
    private static boolean isPipelineStep(MethodInsnNode call) {
        return call.getOpcode() != Opcodes.INVOKESTATIC && PIPELINE_OWNERS.contains(call.owner);
    }

    /** The values a lambda passed as an operand returns: an {@code invokedynamic} to a method of this class. */
    private List<Assigned> lambdaResults(SourceValue operand) {
        List<Assigned> results = new ArrayList<>();
        for (MethodNode body : lambdaBodies(operand)) {
            returned(body, results);
        }
        return results;
    }

    private void returned(MethodNode body, List<Assigned> into) {
        for (AbstractInsnNode insn : body.instructions) {
            if (insn.getOpcode() == Opcodes.ARETURN) {
                Frame<SourceValue> frame = frame(body, insn);
                if (frame != null && frame.getStackSize() > 0) {
                    into.add(new Assigned(body, frame.getStack(frame.getStackSize() - 1)));
                }
            }
        }
    }

    /** A static factory of a collection or a stream from its arguments. */
    private static boolean isCollectionLiteral(MethodInsnNode call) {
        return call.getOpcode() == Opcodes.INVOKESTATIC && COLLECTION_LITERALS.contains(call.name);
    }

    private static void addDomain(String type, Set<String> types) {
        String name = type.replace('$', '.');
        if (SdkCatalog.isDomainType(name)) {
            types.add(name);
        }
    }

    /** The values stored in the local an {@code ALOAD} reads; none for a parameter never assigned. */
    private List<SourceValue> stored(MethodNode method, VarInsnNode load) {
        Frame<SourceValue> frame = frame(method, load);
        List<SourceValue> values = new ArrayList<>();
        if (frame == null) {
            return values;
        }
        for (AbstractInsnNode store : frame.getLocal(load.var).insns) {
            Frame<SourceValue> at = frame(method, store);
            if (at != null && at.getStackSize() > 0) {
                values.add(at.getStack(at.getStackSize() - 1));
            }
        }
        return values;
    }

    /** The {@code index}th argument of the constructor call that initialises a {@code NEW}. */
    private Optional<SourceValue> constructorArgument(MethodNode method, TypeInsnNode created, int index) {
        for (AbstractInsnNode at = created.getNext(); at != null; at = at.getNext()) {
            if (at instanceof MethodInsnNode init && init.getOpcode() == Opcodes.INVOKESPECIAL && init.name.equals("<init>")
                    && init.owner.equals(created.desc)) {
                Frame<SourceValue> frame = frame(method, init);
                Type[] arguments = Type.getArgumentTypes(init.desc);
                if (frame == null || index >= arguments.length) {
                    return Optional.empty();
                }
                return Optional.of(frame.getStack(frame.getStackSize() - arguments.length + index));
            }
        }
        return Optional.empty();
    }

    /** A value assigned to a field of this class: where, and what. */
    private record Assigned(MethodNode method, SourceValue value) {
    }

    private List<Assigned> assignedToField(String field) {
        List<Assigned> assigned = new ArrayList<>();
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof FieldInsnNode put && (put.getOpcode() == Opcodes.PUTFIELD || put.getOpcode() == Opcodes.PUTSTATIC)
                        && put.owner.equals(node.name) && put.name.equals(field)) {
                    Frame<SourceValue> frame = frame(method, put);
                    if (frame != null && frame.getStackSize() > 0) {
                        assigned.add(new Assigned(method, frame.getStack(frame.getStackSize() - 1)));
                    }
                }
            }
        }
        return assigned;
    }

    private static Optional<String> parameterType(MethodNode method, int slot) {
        int index = parameterIndex(method, slot);
        return index < 0 ? Optional.empty() : Optional.of(Type.getArgumentTypes(method.desc)[index].getClassName());
    }

    private static Optional<String> constant(SourceValue value) {
        if (value != null && value.insns.size() == 1 && value.insns.iterator().next() instanceof LdcInsnNode ldc
                && ldc.cst instanceof String text) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    /**
     * The names of the methods a method calls, with the setter each Spring message header it reads
     * stands for ({@code ServiceBusMessageHeaders.SESSION_ID} is {@code setSessionId}): what the
     * send's traits are read from, generously (a session set anywhere in the method counts).
     */
    private static Set<String> calledIn(MethodNode method) {
        Set<String> names = new HashSet<>();
        for (AbstractInsnNode insn : method.instructions) {
            if (insn instanceof MethodInsnNode call) {
                names.add(call.name);
            } else if (insn instanceof FieldInsnNode field && field.getOpcode() == Opcodes.GETSTATIC) {
                SdkCatalog.setterForHeader(field.name).ifPresent(names::add);
            } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String header) {
                SdkCatalog.setterForHeader(header.toUpperCase(Locale.ROOT)).ifPresent(names::add);
            }
        }
        return names;
    }

    private static int line(AbstractInsnNode insn) {
        for (AbstractInsnNode at = insn; at != null; at = at.getPrevious()) {
            if (at instanceof LineNumberNode line) {
                return line.line;
            }
        }
        return 1;
    }

    /** The frame before an instruction; analysed once per method, {@code null} where analysis failed. */
    private Frame<SourceValue> frame(MethodNode method, AbstractInsnNode insn) {
        Frame<SourceValue>[] analysed = frames.computeIfAbsent(method, m -> {
            try {
                return new Analyzer<>(new SourceInterpreter()).analyze(node.name, m);
            } catch (AnalyzerException | RuntimeException e) {
                @SuppressWarnings("unchecked")
                Frame<SourceValue>[] none = new Frame[0];
                return none;
            }
        });
        int index = method.instructions.indexOf(insn);
        return index < analysed.length ? analysed[index] : null;
    }
}
