package eu.interreg.cooperationday.studio.render;

/**
 * The names of the render job that code outside {@code render} may rely on: a farm sends its partitions
 * to workers and watches them by these, and fails a partition with one of its exit codes.
 */
public final class RenderJobs {

	/** The Spring Batch job: one instance per request and revision. */
	public static final String JOB_NAME = "renderRequest";

	/** The job parameter that names the request. */
	public static final String REQUEST_ID = "requestId";

	/**
	 * The job parameter that counts the request's renders after its first (absent on the first): each change
	 * of its event makes a new job instance, which makes again only the files that show it.
	 */
	public static final String REVISION = "revision";

	/** A partition's context keys: which file it makes. */
	public static final String KIND = "kind";

	public static final String FORMAT = "format";

	/**
	 * The exit code of a partition failed because no worker took it in time: its request then restarts by
	 * itself when a worker connects, rather than waiting for staff.
	 */
	public static final String NO_WORKER = "NO_WORKER";

	private RenderJobs() {
	}

}
