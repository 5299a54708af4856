package io.msglint.rules.classify;

import io.msglint.rules.model.PayloadKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses a payload's kind from its type name when nothing declares it. Conservative by design:
 * a guess only names a kind when the name says so plainly, and every finding resting on it is
 * capped at WARNING. The table (also in {@code rules/docs/inference.md}):
 *
 * <table>
 * <tr><th>heuristic</th><th>kind</th><th>fires on</th><th>near-misses that do not fire</th></tr>
 * <tr><td>notification suffix</td><td>EVENT</td><td>{@code SongAvailableEvent}, {@code PriceNotification}</td>
 *     <td>{@code Event}, {@code EventStore} (suffix must follow another word)</td></tr>
 * <tr><td>past-tense last word</td><td>EVENT</td><td>{@code SongUploaded}, {@code OrderShipped}, {@code UserSignedIn}</td>
 *     <td>{@code NewsFeed}, {@code PlaybackSpeed}, {@code Embed} (words that merely end in "ed")</td></tr>
 * <tr><td>command suffix</td><td>MESSAGE</td><td>{@code TranscodeCommand}, {@code PaymentRequest}, {@code ExportJob}</td>
 *     <td>{@code Command}, {@code RequestLog} (suffix only at the end, after another word)</td></tr>
 * <tr><td>telemetry suffix</td><td>EVENT</td><td>{@code TemperatureReading}, {@code DeviceTelemetry}</td>
 *     <td>{@code Reading}, {@code Telemetry} (the suffix must follow another word)</td></tr>
 * <tr><td>imperative first word</td><td>MESSAGE</td><td>{@code ProcessUpload}, {@code DeleteAccount}, {@code ChargeCard}</td>
 *     <td>{@code ProcessedUpload} (a past participle is no command), {@code Processor}, {@code Process} (needs an object)</td></tr>
 * </table>
 */
public final class KindInference {

    /** The result: a kind and the reason in words. */
    public record Guess(PayloadKind kind, String evidence) {
    }

    private static final Set<String> EVENT_SUFFIXES = Set.of("Event", "Notification", "Notice", "Announcement");
    private static final Set<String> COMMAND_SUFFIXES = Set.of("Command", "Request", "Job", "Task", "Instruction");
    /** Words naming one reading of a series: telemetry. */
    private static final Set<String> READING_SUFFIXES = Set.of("Reading", "Readings", "Telemetry", "Measurement",
            "Measurements", "Metric", "Metrics");
    private static final Set<String> DTO_SUFFIXES = Set.of("Dto", "DTO", "Payload", "Data", "Body", "Message", "Msg");

    private static final Set<String> IRREGULAR_PAST = Set.of(
            "Sent", "Built", "Paid", "Made", "Done", "Sold", "Bought", "Written", "Begun", "Won", "Lost", "Held",
            "Left", "Read", "Found", "Given", "Taken", "Chosen", "Drawn", "Frozen", "Hidden", "Broken", "Spent",
            "Bound", "Kept", "Met", "Run", "Shown", "Told", "Thrown", "Withdrawn", "Overdrawn", "Undone");
    /** Words that end in "ed" without being past participles. */
    private static final Set<String> NOT_PAST = Set.of(
            "Feed", "Speed", "Need", "Seed", "Breed", "Embed", "Bed", "Red", "Shed", "Hundred", "Sled", "Weed",
            "Greed", "Deed", "Reed", "Steed", "Bleed", "Tweed", "Proceed", "Exceed", "Succeed", "Shred", "Wed",
            "Led", "Fed", "Bred");

    /** Particles of phrasal verbs: "UserSignedIn", "CartCheckedOut". */
    private static final Set<String> PARTICLES = Set.of("In", "Out", "Up", "Down", "Off", "On", "Over", "Back");

    private static final Set<String> IMPERATIVES = Set.of(
            "Process", "Create", "Delete", "Remove", "Update", "Send", "Charge", "Generate", "Calculate", "Compute",
            "Register", "Cancel", "Approve", "Reject", "Reserve", "Ship", "Transcode", "Encode", "Resize", "Import",
            "Export", "Sync", "Synchronize", "Refund", "Bill", "Invoice", "Store", "Save", "Archive", "Publish",
            "Render", "Convert", "Index", "Reindex", "Purge", "Provision", "Deprovision", "Assign", "Allocate",
            "Schedule", "Execute", "Run", "Start", "Stop", "Restart", "Place", "Submit", "Validate", "Verify",
            "Transfer", "Withdraw", "Deposit", "Pay", "Book", "Order", "Notify", "Email", "Upload", "Download");

    private KindInference() {
    }

    /** Guesses from a simple type name, or says nothing. */
    public static Optional<Guess> fromTypeName(String simpleName) {
        List<String> words = words(simpleName);
        if (words.size() < 2) {
            return Optional.empty();
        }
        String last = words.get(words.size() - 1);
        if (EVENT_SUFFIXES.contains(last)) {
            return Optional.of(new Guess(PayloadKind.EVENT, "name ends in '" + last + "'"));
        }
        if (COMMAND_SUFFIXES.contains(last)) {
            return Optional.of(new Guess(PayloadKind.MESSAGE, "name ends in '" + last + "'"));
        }
        boolean transportSuffix = DTO_SUFFIXES.contains(last);
        List<String> core = transportSuffix ? words.subList(0, words.size() - 1) : words;
        if (core.isEmpty()) {
            return Optional.empty();
        }
        String coreLast = core.get(core.size() - 1);
        if (core.size() >= 2 && transportSuffix) {
            // The same suffixes before a transport word: SongEventData, PaymentRequestDto.
            if (EVENT_SUFFIXES.contains(coreLast)) {
                return Optional.of(new Guess(PayloadKind.EVENT, "name ends in '" + coreLast + "'"));
            }
            if (COMMAND_SUFFIXES.contains(coreLast)) {
                return Optional.of(new Guess(PayloadKind.MESSAGE, "name ends in '" + coreLast + "'"));
            }
        }
        if (core.size() >= 2 && READING_SUFFIXES.contains(coreLast)) {
            return Optional.of(new Guess(PayloadKind.EVENT,
                    "name is a reading ('" + coreLast + "'): one of a series of telemetry"));
        }
        if (core.size() >= 3 && PARTICLES.contains(coreLast)) {
            coreLast = core.get(core.size() - 2);
        }
        if (core.size() >= 2 && isPastTense(coreLast)) {
            return Optional.of(new Guess(PayloadKind.EVENT,
                    "name is in the past tense ('" + coreLast + "'): something happened"));
        }
        String first = core.get(0);
        if (core.size() >= 2 && IMPERATIVES.contains(first) && core.stream().noneMatch(KindInference::isPastTense)) {
            return Optional.of(new Guess(PayloadKind.MESSAGE,
                    "name is a command ('" + first + "...'): the sender expects it done"));
        }
        return Optional.empty();
    }

    static boolean isPastTense(String word) {
        if (IRREGULAR_PAST.contains(word)) {
            return true;
        }
        return word.length() > 4 && word.endsWith("ed") && !NOT_PAST.contains(word);
    }

    /** Splits a camel-case name into words: {@code "SongUploadedEvent"} to [Song, Uploaded, Event]. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '$') {
                flush(words, current);
                continue;
            }
            boolean upper = Character.isUpperCase(c);
            boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
            boolean prevLower = i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if (upper && current.length() > 0 && (prevLower || nextLower)) {
                flush(words, current);
            }
            current.append(current.length() == 0 ? Character.toUpperCase(c) : c);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }
}
