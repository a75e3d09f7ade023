package eu.interreg.cooperationday.studio.render;

/**
 * Where a request is: waiting for its sender to confirm the address, waiting to start, being rendered, all
 * files stored, or stopped by a failure.
 */
public enum RenderStatus {

	AWAITING_CONFIRMATION, QUEUED, RENDERING, DONE, FAILED

}
