package eu.interreg.cooperationday.studio.kit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.stream.Stream;

import eu.interreg.cooperationday.studio.system.Sha256;

/** A hash of every file under a folder, with its path: the words a kit is written from. */
final class FolderDigest {

	private FolderDigest() {
	}

	static String of(Path folder) {
		if (!Files.isDirectory(folder)) {
			return "none";
		}
		try (Stream<Path> files = Files.walk(folder)) {
			MessageDigest sha = Sha256.start();
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				sha.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
				sha.update(Files.readAllBytes(file));
			}
			return Sha256.hex(sha);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + folder, ex);
		}
	}

}
