package eu.interreg.cooperationday.studio.render;

import java.time.Instant;

import eu.interreg.cooperationday.studio.programme.Event;
import eu.interreg.cooperationday.studio.programme.Language;
import eu.interreg.cooperationday.studio.programme.LogoFormat;

/** A stored request: what a programme asked for, where its logo is kept, and how far it got. */
public record RenderRequest(String id, String programmeName, Language language, String contactEmail, Event event,
		LogoFormat logoFormat, String logoKey, String logoOriginalKey, RenderStatus status, String error,
		Instant createdAt, Instant updatedAt) {
}
