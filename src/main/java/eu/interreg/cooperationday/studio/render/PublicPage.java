package eu.interreg.cooperationday.studio.render;

/**
 * A finished request's public page: where it is, the secret link that lets its communicator take it
 * down, the secret link where the communicator manages the programme's events on the campaign map, and
 * the address of the programme's events widget (for an {@code <iframe>} on its own site).
 */
public record PublicPage(String url, String unpublishUrl, String eventsUrl, String embedUrl) {

	/** The {@code <iframe>} a programme pastes into its website to show its events. */
	public String embedSnippet() {
		return "<iframe src=\"" + this.embedUrl + "\" title=\"Interreg Cooperation Day events\" width=\"100%\" "
				+ "height=\"420\" style=\"border:0\" loading=\"lazy\"></iframe>";
	}

}
