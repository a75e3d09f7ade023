package eu.interreg.cooperationday.studio.programme.internal;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.support.HostileFiles;
import eu.interreg.cooperationday.studio.problem.StudioBusyException;
import eu.interreg.cooperationday.studio.system.FileType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import eu.interreg.cooperationday.studio.problem.Refusal;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.internal.DecodeBulkhead;
import eu.interreg.cooperationday.studio.programme.internal.LogoIntake;
import eu.interreg.cooperationday.studio.programme.internal.SvgExpansion;
import eu.interreg.cooperationday.studio.programme.internal.SvgSanitiser;
import eu.interreg.cooperationday.studio.programme.Logo;

class LogoIntakeTest {

	private final LogoIntake intake = new LogoIntake(10L * 1024 * 1024, 50_000_000L);

	@Test
	void takesAnRgbaPngAndKeepsItsSizeAndTransparency() {
		Logo logo = this.intake.intake("logo.png", "image/png", Fixtures.png(300, 120));
		assertThat(logo.format()).isEqualTo(FileType.PNG);
		assertThat(logo.width()).isEqualTo(300);
		assertThat(logo.height()).isEqualTo(120);
		BufferedImage normalised = Fixtures.read(logo.normalised());
		assertThat(normalised.getColorModel().hasAlpha()).isTrue();
		assertThat(normalised.getRGB(0, 0) >>> 24).as("corner stays transparent").isZero();
	}

	@Test
	void takesSixteenBitAndPalettePngs() {
		BufferedImage gray16 = new BufferedImage(64, 32, BufferedImage.TYPE_USHORT_GRAY);
		gray16.getRaster().setSample(10, 10, 0, 65535);
		Logo deep = this.intake.intake("deep.png", null, Fixtures.encode(gray16, "png"));
		assertThat(deep.width()).isEqualTo(64);
		assertThat(Fixtures.read(deep.normalised()).getRGB(10, 10) & 0xFFFFFF).isEqualTo(0xFFFFFF);

		BufferedImage indexed = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_INDEXED);
		indexed.createGraphics().drawImage(Fixtures.logoImage(40, 40, BufferedImage.TYPE_INT_RGB), 0, 0, null);
		Logo palette = this.intake.intake("palette.png", null, Fixtures.encode(indexed, "png"));
		assertThat(palette.height()).isEqualTo(40);
	}

	@Test
	void appliesExifOrientationOfAJpeg() {
		byte[] jpeg = Fixtures.jpeg(80, 40);
		Logo logo = this.intake.intake("photo.jpeg", "image/jpeg", withOrientation(jpeg, 6));
		assertThat(logo.width()).isEqualTo(40);
		assertThat(logo.height()).isEqualTo(80);
		assertThat(Fixtures.read(logo.normalised()).getWidth()).isEqualTo(40);
	}

	@Test
	void takesACmykJpeg() throws Exception {
		WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 32,
				16, 4, null);
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 32; x++) {
				raster.setPixel(x, y, new int[] { 255, x * 8, 0, 0 });
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(ios);
			writer.write(null, new javax.imageio.IIOImage(raster, null, null), null);
		}
		finally {
			writer.dispose();
		}
		Logo logo = this.intake.intake("cmyk.jpg", "image/jpeg", out.toByteArray());
		assertThat(logo.width()).isEqualTo(32);
		assertThat(logo.height()).isEqualTo(16);
	}

	@Test
	void keepsAnSvgAsVectorAndMeasuresIt() {
		Logo logo = this.intake.intake("logo.svg", "image/svg+xml", Fixtures.svg());
		assertThat(logo.format()).isEqualTo(FileType.SVG);
		assertThat(logo.width()).isEqualTo(300);
		assertThat(logo.height()).isEqualTo(100);
		assertThat(new String(logo.normalised(), StandardCharsets.UTF_8)).contains("<svg").contains("circle");
	}

	@Test
	void allowsAnSvgThatEmbedsAPngAsData() {
		String png = java.util.Base64.getEncoder().encodeToString(Fixtures.png(10, 10));
		byte[] svg = ("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 10 10'>"
				+ "<image width='10' height='10' xlink:href='data:image/png;base64," + png + "'/></svg>")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(this.intake.intake("embedded.svg", null, svg).width()).isEqualTo(10);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]><svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><text>&xxe;</text></svg>|DOCTYPE",
			"<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 1 1'><image xlink:href='http://169.254.169.254/logo.png' width='1' height='1'/></svg>|outside itself",
			"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><image href='file:///etc/hostname' width='1' height='1'/></svg>|outside itself",
			"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><script>alert(1)</script></svg>|script",
			"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1' onload='alert(1)'/>|event handler",
			"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><rect style='fill:url(https://evil.example/x.svg#p)' width='1' height='1'/></svg>|outside itself",
			"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><style>@import url(https://evil.example/a.css);</style></svg>|style sheet",
			"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><use href='other.svg#a'/></svg>|outside itself",
			"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><foreignObject/></svg>|foreignObject",
			"<svg xmlns='http://www.w3.org/2000/svg' width='20000' height='20000'/>|megapixels",
			"<svg xmlns='http://www.w3.org/2000/svg'><rect width='1' height='1'/></svg>|no size",
			"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><rect></svg>|well-formed" })
	void refusesSvgThatReachesOutsideOrCannotBeMeasured(String caseAndReason) {
		String[] parts = caseAndReason.split("\\|");
		assertThatThrownBy(() -> this.intake.intake("logo.svg", "image/svg+xml", parts[0].getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(RequestRefusedException.class, (ex) -> {
				assertThat(ex.refusal().kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(ex.problems()).singleElement().satisfies((p) -> assertThat(p.field()).isEqualTo("logo"));
				assertThat(ex.getMessage()).contains(parts[1]);
			});
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(() -> this.intake.intake("logo.png", "image/png", new byte[0]), Refusal.Kind.INVALID, "empty");
	}

	@Test
	void refusesBytesThatAreNotWhatTheNameClaims() {
		assertRefused(() -> this.intake.intake("logo.jpg", "image/jpeg", Fixtures.png(10, 10)), Refusal.Kind.UNSUPPORTED_TYPE, "contents are PNG");
		assertRefused(() -> this.intake.intake("logo.png", "image/png", Fixtures.jpeg(10, 10)), Refusal.Kind.UNSUPPORTED_TYPE, "contents are JPEG");
		assertRefused(() -> this.intake.intake("logo.png", "image/png", "hello".getBytes(StandardCharsets.UTF_8)), Refusal.Kind.UNSUPPORTED_TYPE,
				"PNG, JPEG or SVG");
		assertRefused(() -> this.intake.intake("logo.gif", "image/gif", Fixtures.png(10, 10)), Refusal.Kind.UNSUPPORTED_TYPE, ".png, .jpg or .svg");
		assertRefused(() -> this.intake.intake("logo", "image/jpeg", Fixtures.png(10, 10)), Refusal.Kind.UNSUPPORTED_TYPE, "sent as image/jpeg");
	}

	@Test
	void refusesATruncatedPng() {
		byte[] png = Fixtures.png(200, 200);
		assertRefused(() -> this.intake.intake("logo.png", null, Arrays.copyOf(png, png.length / 2)), Refusal.Kind.INVALID, "cannot be decoded");
	}

	@Test
	void refusesAPngThatDeclaresTooManyPixelsBeforeDecodingIt() {
		byte[] png = Fixtures.png(8, 8);
		// IHDR starts at byte 8: length(4) type(4) width(4) height(4) ...; make it 10000 x 10000 and fix the CRC
		ByteBuffer buffer = ByteBuffer.wrap(png);
		buffer.putInt(16, 10_000);
		buffer.putInt(20, 10_000);
		CRC32 crc = new CRC32();
		crc.update(png, 12, 17);
		buffer.putInt(29, (int) crc.getValue());
		assertRefused(() -> this.intake.intake("huge.png", null, png), Refusal.Kind.INVALID, "megapixels");
	}

	@Test
	void refusesAnythingOverTheSizeLimit() {
		LogoIntake small = new LogoIntake(1024, 50_000_000L);
		assertRefused(() -> small.intake("logo.png", null, Fixtures.png(400, 400)), Refusal.Kind.TOO_LARGE, "larger than");
	}

	@Test
	void refusesAnSvgWhoseUsesExpandPastTheBudgetBeforeBatikBuildsIt() {
		byte[] bomb = HostileFiles.nestedUseSvg(7, 10);
		assertThat(bomb.length).as("a small file").isLessThan(3000);
		long start = System.nanoTime();
		assertRefused(() -> this.intake.intake("bomb.svg", "image/svg+xml", bomb), Refusal.Kind.INVALID,
				"expands to more than 10,000 elements");
		// a wall-time bound only so large that it cannot be flaky: the old code ran for minutes
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
	}

	@Test
	void refusesAnSvgWhosePatternsExpandPastTheBudget() {
		assertRefused(() -> this.intake.intake("patterns.svg", null, HostileFiles.nestedPatternSvg(7, 10)),
				Refusal.Kind.INVALID, "expands to more than");
	}

	@Test
	void countsExpansionExactlyAndTakesAnSvgWithinTheBudget() {
		// 3 levels of 10: l1 = 1 + 10 x (1 use + 1 rect) = 21, l2 = 1 + 10 x (1 + 21) = 221, l3 = 2221; the
		// root holds the defs (1 + 1 + 21 + 221 + 2221: what is defined counts too) and one use of l3
		Element root = SvgSanitiser.parse(HostileFiles.nestedUseSvg(3, 10)).getDocumentElement();
		long expected = 1 + (1 + 1 + 21 + 221 + 2221) + (1 + 2221);
		assertThat(SvgExpansion.measure(root, 1_000_000)).isEqualTo(expected);
		Logo logo = this.intake.intake("nested.svg", null, HostileFiles.nestedUseSvg(3, 10));
		assertThat(logo.format()).isEqualTo(FileType.SVG);
	}

	@Test
	void refusesAnSvgThatUsesItself() {
		byte[] loop = ("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 10 10'>"
				+ "<g id='a'><use xlink:href='#b'/></g><g id='b'><use xlink:href='#a'/></g></svg>")
			.getBytes(StandardCharsets.UTF_8);
		assertRefused(() -> this.intake.intake("loop.svg", null, loop), Refusal.Kind.INVALID, "refers to itself");
	}

	@Test
	void takesAnIllustratorStyleSvgWhoseClassesShareGradients() {
		StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 40'><style>");
		for (int g = 0; g < 20; g++) {
			svg.append(".st").append(g).append("{fill:url(#grad").append(g).append(");}");
		}
		svg.append("</style><defs>");
		for (int g = 0; g < 20; g++) {
			svg.append("<linearGradient id='grad").append(g).append("'><stop offset='0' stop-color='#039'/><stop offset='1' stop-color='#fc0'/></linearGradient>");
		}
		svg.append("</defs>");
		for (int i = 0; i < 400; i++) {
			svg.append("<rect class='st").append(i % 20).append("' x='").append(i).append("' width='1' height='40'/>");
		}
		svg.append("</svg>");
		Logo logo = this.intake.intake("illustrator.svg", null, svg.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(logo.width()).isEqualTo(400);
	}

	@Test
	void decodesALargePngSubsampledToTheLongestEdgeItKeeps() {
		byte[] png = HostileFiles.blankPng(7000, 3500);
		Logo logo = this.intake.intake("wide.png", "image/png", png);
		// every third pixel: ceil(7000 / 3) x ceil(3500 / 3), never the 24.5-megapixel frame
		assertThat(logo.width()).isEqualTo(2334);
		assertThat(logo.height()).isEqualTo(1167);
		BufferedImage normalised = Fixtures.read(logo.normalised());
		assertThat(normalised.getWidth()).isEqualTo(2334);
		assertThat(LogoIntake.subsampling(2400, 100, 2400)).isEqualTo(1);
		assertThat(LogoIntake.subsampling(2401, 100, 2400)).isEqualTo(2);
	}

	@Test
	void aDecodeThatFindsNoTurnGets503AndOneOverItsTimeBudgetIsRefusedAndStopped() throws Exception {
		try (DecodeBulkhead bulkhead = new DecodeBulkhead(1, Duration.ofMillis(200), Duration.ofMillis(300))) {
			CountDownLatch stopped = new CountDownLatch(1);
			AtomicBoolean halted = new AtomicBoolean();
			// a decode that runs until it is told to stop, past its budget
			assertThatThrownBy(() -> bulkhead.run("PNG logo", (onTimeout) -> {
				onTimeout.accept(() -> halted.set(true));
				while (!halted.get()) {
					Thread.onSpinWait();
				}
				// stopping takes a while (a decoder does not stop for an interrupt): the turn stays taken meanwhile
				long until = System.nanoTime() + 400_000_000L;
				while (System.nanoTime() < until) {
					Thread.onSpinWait();
				}
				stopped.countDown();
				return null;
			})).isInstanceOfSatisfying(RequestRefusedException.class,
					(ex) -> assertThat(ex.getMessage()).contains("took longer than"));
			assertThat(halted).isTrue();
			assertThatThrownBy(() -> bulkhead.run("PNG logo", (onTimeout) -> "never"))
				.isInstanceOf(StudioBusyException.class);
			assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
			String next = bulkhead.run("PNG logo", (onTimeout) -> "next");
			assertThat(next).isEqualTo("next");
		}
		assertThat(DecodeBulkhead.permitsFor(512L << 20, LogoIntake.bytesPerDecode(2400), 16)).isEqualTo(1);
		assertThat(DecodeBulkhead.permitsFor(8L << 30, LogoIntake.bytesPerDecode(2400), 4)).isEqualTo(4);
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Refusal.Kind kind,
			String reason) {
		assertThatThrownBy(call).isInstanceOfSatisfying(RequestRefusedException.class, (ex) -> {
			assertThat(ex.refusal().kind()).isEqualTo(kind);
			assertThat(ex.getMessage()).contains(reason);
		});
	}

	/** The JPEG with an APP1 Exif segment holding one IFD0 entry: Orientation. */
	static byte[] withOrientation(byte[] jpeg, int orientation) {
		ByteBuffer exif = ByteBuffer.allocate(2 + 2 + 6 + 8 + 2 + 12 + 4);
		exif.put((byte) 0xFF).put((byte) 0xE1);
		exif.putShort((short) (exif.capacity() - 2));
		exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		exif.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		exif.putShort((short) 1);
		exif.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		exif.putInt(0);
		byte[] out = new byte[jpeg.length + exif.capacity()];
		System.arraycopy(jpeg, 0, out, 0, 2);
		System.arraycopy(exif.array(), 0, out, 2, exif.capacity());
		System.arraycopy(jpeg, 2, out, 2 + exif.capacity(), jpeg.length - 2);
		return out;
	}

}
