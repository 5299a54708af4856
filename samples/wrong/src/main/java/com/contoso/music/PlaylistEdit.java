package com.contoso.music;

import io.msglint.annotations.Message;

/** A change to a playlist: edits must be applied in the order the user made them. */
@Message(ordered = true)
public record PlaylistEdit(String playlistId, int position, String songId) {
}
