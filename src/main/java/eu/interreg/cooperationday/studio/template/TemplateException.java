package eu.interreg.cooperationday.studio.template;

/** A template that cannot be used; the message names the file, the JSON path and the problem. */
public class TemplateException extends RuntimeException {

	public TemplateException(String message) {
		super(message);
	}

	public TemplateException(String message, Throwable cause) {
		super(message, cause);
	}

}
