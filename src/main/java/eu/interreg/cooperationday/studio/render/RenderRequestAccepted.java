package eu.interreg.cooperationday.studio.render;

/**
 * A request was stored: it is queued, or waits for its sender to confirm the address. Published in the
 * transaction that stores it, so a listener that keeps something per request (a share page, a count)
 * has it from the start.
 */
public record RenderRequestAccepted(RenderRequest request) {
}
