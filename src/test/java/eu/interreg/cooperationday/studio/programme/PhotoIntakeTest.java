package eu.interreg.cooperationday.studio.programme;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.internal.DecodeBulkhead;
import eu.interreg.cooperationday.studio.support.ExifJpeg;
import eu.interreg.cooperationday.studio.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoIntakeTest {

	static final DecodeBulkhead BULKHEAD = new DecodeBulkhead(2, Duration.ofSeconds(10), Duration.ofSeconds(10));

	final PhotoIntake intake = new PhotoIntake(15 * 1024 * 1024, 60_000_000, 2048, BULKHEAD);

	@AfterAll
	static void close() {
		BULKHEAD.close();
	}

	@Test
	void aPhonesJpegLosesItsGpsAndIsTurnedUpright() throws Exception {
		byte[] phone = ExifJpeg.withGps(600, 400, 6);
		assertThat(ExifJpeg.hasApp1(phone)).isTrue();
		assertThat(new String(phone, StandardCharsets.ISO_8859_1)).contains("Exif");
		PhotoIntake.Photo photo = this.intake.intake("photo1", phone);
		assertThat(ExifJpeg.hasApp1(photo.jpeg())).isFalse();
		assertThat(new String(photo.jpeg(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		BufferedImage published = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
		// orientation 6: the 600×400 picture is shown turned a quarter clockwise
		assertThat(published.getWidth()).isEqualTo(400);
		assertThat(published.getHeight()).isEqualTo(600);
		assertThat(photo.width()).isEqualTo(400);
	}

	@Test
	void aLargePhotoIsPublishedAtMost2048PixelsASide() throws Exception {
		BufferedImage big = new BufferedImage(5000, 2500, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(big, "png", png);
		PhotoIntake.Photo photo = this.intake.intake("photo1", png.toByteArray());
		assertThat(photo.width()).isEqualTo(2048);
		assertThat(photo.height()).isEqualTo(1024);
		assertThat(ImageIO.read(new ByteArrayInputStream(photo.jpeg())).getWidth()).isEqualTo(2048);
	}

	@Test
	void aWebpPhotoIsDecodedAndPublishedAsJpeg() throws Exception {
		byte[] webp = PhotoIntakeTest.class.getResourceAsStream("/competition/photo.webp").readAllBytes();
		PhotoIntake.Photo photo = this.intake.intake("photo2", webp);
		assertThat(photo.jpeg()[0] & 0xFF).isEqualTo(0xFF);
		assertThat(photo.jpeg()[1] & 0xFF).isEqualTo(0xD8);
		assertThat(photo.width()).isEqualTo(320);
		assertThat(photo.height()).isEqualTo(240);
	}

	@Test
	void whatIsNotAPhotoOrTooLargeIsRefusedNamingTheField() {
		byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> this.intake.intake("photo3", gif)).isInstanceOf(RequestRefusedException.class)
			.satisfies((ex) -> assertThat(((RequestRefusedException) ex).problems().get(0).field()).isEqualTo("photo3"))
			.hasMessageContaining("GIF");
		byte[] truncated = java.util.Arrays.copyOf(Fixtures.png(400, 300), 60);
		assertThatThrownBy(() -> this.intake.intake("photo1", truncated)).isInstanceOf(RequestRefusedException.class)
			.hasMessageContaining("cannot be decoded");
		PhotoIntake small = new PhotoIntake(1000, 60_000_000, 2048, BULKHEAD);
		assertThatThrownBy(() -> small.intake("photo1", ExifJpeg.withGps(600, 400, 1)))
			.isInstanceOf(RequestRefusedException.class).hasMessageContaining("larger than 1000 bytes");
		PhotoIntake fewPixels = new PhotoIntake(15_000_000, 100_000, 2048, BULKHEAD);
		assertThatThrownBy(() -> fewPixels.intake("photo1", ExifJpeg.withGps(600, 400, 1)))
			.isInstanceOf(RequestRefusedException.class).hasMessageContaining("600 × 400 pixels");
	}

}
