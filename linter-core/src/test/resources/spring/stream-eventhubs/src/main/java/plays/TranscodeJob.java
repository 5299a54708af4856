package plays;

import io.msglint.annotations.Message;

/** Work: a worker must transcode the track, once. */
@Message
public record TranscodeJob(String trackId) {
}
