package eu.interreg.cooperationday.studio.sender;

/** A sender opened the link that confirms its address: its request may start. */
public record SenderConfirmed(String requestId) {
}
