package com.contoso.music;

/** How often a song was played today. Nothing says whether it is a message or an event. */
public record PlayCount(String songId, long plays) {
}
