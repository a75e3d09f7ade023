package eu.interreg.cooperationday.studio.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;

/**
 * The zip of logos of a bulk render, read into memory with bounds: entries are matched by file name
 * only (folders inside the zip are ignored), an entry that climbs out ({@code ../}) or names an
 * absolute path or a drive refuses the archive, and the
 * number of entries, the size of each and its compression ratio are limited (zip bombs). Nothing of
 * the archive is ever written to disk.
 */
public final class LogoArchive {

	static final int MAX_ENTRIES = 1000;

	static final long MAX_ENTRY_BYTES = 10L * 1024 * 1024;

	static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

	static final int MAX_RATIO = 100;

	private final Map<String, byte[]> files;

	private LogoArchive(Map<String, byte[]> files) {
		this.files = files;
	}

	public static LogoArchive read(InputStream zip) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		long total = 0;
		int entries = 0;
		try (ZipInputStream in = new ZipInputStream(zip)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw refuse("The zip has more than " + MAX_ENTRIES + " entries.");
				}
				String name = entry.getName();
				if (entry.isDirectory()) {
					checkName(name.substring(0, Math.max(0, name.length() - 1)));
					continue;
				}
				checkName(name);
				byte[] bytes = readBounded(in, name);
				long compressed = entry.getCompressedSize();
				if (compressed > 0 && bytes.length / compressed > MAX_RATIO) {
					throw refuse("The zip entry '" + clip(name) + "' is compressed more than " + MAX_RATIO
							+ " to 1; such archives are refused.");
				}
				total += bytes.length;
				if (total > MAX_TOTAL_BYTES) {
					throw refuse("The zip holds more than " + (MAX_TOTAL_BYTES >> 20) + " MB of files.");
				}
				String key = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
				if (files.putIfAbsent(key, bytes) != null) {
					throw refuse("The zip holds two files named '" + clip(name) + "'.");
				}
			}
		}
		catch (ZipException ex) {
			throw refuse("The logos file is not a readable zip archive.");
		}
		return new LogoArchive(files);
	}

	/** The logo named {@code fileName} (its file name only, without regard to case); null if there is none. */
	public byte[] get(String fileName) {
		if (fileName == null) {
			return null;
		}
		String name = fileName.replace('\\', '/');
		return this.files.get(name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT));
	}

	private static void checkName(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
				|| java.util.Arrays.asList(name.split("/")).contains("..")) {
			throw refuse("The zip entry '" + clip(name) + "' points outside the archive; such zips are refused.");
		}
	}

	private static byte[] readBounded(InputStream in, String name) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int read;
		while ((read = in.read(buffer)) > 0) {
			if (out.size() + read > MAX_ENTRY_BYTES) {
				throw refuse("The zip entry '" + clip(name) + "' is larger than " + (MAX_ENTRY_BYTES >> 20) + " MB.");
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	private static String clip(String name) {
		return name.length() <= 80 ? name : name.substring(0, 77) + "...";
	}

	private static RequestRefusedException refuse(String reason) {
		return RequestRefusedException.field(Refusal.Kind.INVALID, "logos", reason);
	}

}
