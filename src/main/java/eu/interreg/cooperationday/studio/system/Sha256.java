package eu.interreg.cooperationday.studio.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the studio's one hash: of stored files (integrity, shown to users), and of what a render is
 * made from (brand kit, template, inputs), in lower-case hex. Feed a {@link #start()} with
 * {@link #update(MessageDigest, String)} for a hash of several parts.
 */
public final class Sha256 {

	private static final HexFormat HEX = HexFormat.of();

	private Sha256() {
	}

	public static MessageDigest start() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	public static String hex(byte[] bytes) {
		return HEX.formatHex(start().digest(bytes));
	}

	/** The hash of a file's bytes, read as a stream. */
	public static String hex(Path file) throws IOException {
		MessageDigest digest = start();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return hex(digest);
	}

	/** Adds a part and a separator, so that ("ab", "c") and ("a", "bc") hash differently. */
	public static void update(MessageDigest digest, String part) {
		digest.update(part.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	public static String hex(MessageDigest digest) {
		return HEX.formatHex(digest.digest());
	}

}
