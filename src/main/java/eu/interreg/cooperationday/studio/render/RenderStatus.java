package eu.interreg.cooperationday.studio.render;

/** Where a request is: waiting, being rendered, all files stored, or stopped by a failure. */
public enum RenderStatus {

	QUEUED, RENDERING, DONE, FAILED

}
