package io.msglint.rules.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.rules.model.PayloadKind;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each heuristic of the table with its near-misses. */
class KindInferenceTest {

    @ParameterizedTest
    @CsvSource({
            "SongAvailableEvent, EVENT", "PriceNotification, EVENT",
            "SongUploaded, EVENT", "OrderShipped, EVENT", "UserSignedIn, EVENT", "OrderCreatedDto, EVENT",
            "PaymentSent, EVENT", "UserDeleted, EVENT", "SongEventData, EVENT", "PaymentRequestDto, MESSAGE",
            "TemperatureReading, EVENT", "DeviceTelemetry, EVENT", "PowerMeasurementDto, EVENT",
            "TranscodeCommand, MESSAGE", "PaymentRequest, MESSAGE", "ExportJob, MESSAGE",
            "ProcessUpload, MESSAGE", "DeleteAccount, MESSAGE", "ChargeCard, MESSAGE"})
    void namesThatSaySo(String name, PayloadKind kind) {
        assertThat(KindInference.fromTypeName(name)).map(KindInference.Guess::kind).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Event", "EventStore", "NewsFeed", "PlaybackSpeed", "Embed", "Command", "RequestLog",
            "Processor", "Process", "Song", "PlayCount", "Order", "UserProfile", "SongDto", "Reading", "TelemetryData",
            "EventData"})
    void nearMissesSayNothing(String name) {
        assertThat(KindInference.fromTypeName(name)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ProcessedUpload", "DeletedAccountView"})
    void aPastParticipleIsNotACommand(String name) {
        assertThat(KindInference.fromTypeName(name)).isEmpty();
    }
}
