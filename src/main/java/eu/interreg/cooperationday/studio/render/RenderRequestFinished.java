package eu.interreg.cooperationday.studio.render;

/**
 * A request's render has ended: DONE with every asked file stored, or FAILED (staff may restart it, and
 * it finishes again). Published in the transaction that records the status, and kept in the event
 * publication registry until each listener has handled it, so no listener misses one across a crash.
 */
public record RenderRequestFinished(String requestId, RenderStatus status) {
}
