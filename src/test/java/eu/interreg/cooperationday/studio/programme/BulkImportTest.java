package eu.interreg.cooperationday.studio.programme;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.interreg.cooperationday.studio.support.Fixtures;
import eu.interreg.cooperationday.studio.notify.internal.OutboundAddresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import eu.interreg.cooperationday.studio.problem.RequestRefusedException;
import eu.interreg.cooperationday.studio.programme.internal.LogoIntake;

/** The staff CSV's optional callback_url column: read when present, checked like the API's field. */
class BulkImportTest {

	private final BulkImport bulk = new BulkImport(new ProgrammeRequestParser(new LogoIntake(10L << 20, 50_000_000L),
			Fixtures.brand().bold()::missing, () -> false,
			new OutboundAddresses(false, (host) -> new InetAddress[] { InetAddress.getByName("93.184.215.14") })::refusal));

	private LogoArchive logos() throws Exception {
		return LogoArchive.read(new ByteArrayInputStream(Fixtures.zip(Map.of("logo.png", Fixtures.png(40, 20)))));
	}

	@Test
	void aCallbackColumnIsReadAndEachAddressChecked() throws Exception {
		String csv = """
				code,name,language,contact_email,logo_file,event_title,event_date,event_venue,event_url,callback_url
				A,Interreg Euro-MED,en,a@programme.example,logo.png,,,,,https://cms.euro-med.example/hooks/studio
				B,Interreg NEXT MED,fr,b@programme.example,logo.png,,,,,https://10.0.0.5/hooks
				C,Interreg Alpine Space,de,c@programme.example,logo.png,,,,,
				""";
		BulkImport.Result result = this.bulk.read(csv.getBytes(StandardCharsets.UTF_8), logos());
		assertThat(result.accepted()).extracting(BulkImport.Accepted::code).containsExactly("A", "C");
		assertThat(result.accepted().get(0).request().callbackUrl()).hasToString("https://cms.euro-med.example/hooks/studio");
		assertThat(result.accepted().get(1).request().callbackUrl()).isNull();
		assertThat(result.rejected()).singleElement().satisfies((r) -> {
			assertThat(r.code()).isEqualTo("B");
			assertThat(r.reason()).startsWith("callback_url: ").contains("10.0.0.5").contains("not a public address");
		});
	}

	@Test
	void theHeaderWithoutTheColumnStillWorksAndAnUnknownColumnIsRefused() throws Exception {
		String plain = """
				code,name,language,contact_email,logo_file,event_title,event_date,event_venue,event_url
				A,Interreg Euro-MED,en,a@programme.example,logo.png,,,,
				""";
		assertThat(this.bulk.read(plain.getBytes(StandardCharsets.UTF_8), logos()).accepted()).hasSize(1);
		String unknown = """
				code,name,language,contact_email,logo_file,event_title,event_date,event_venue,event_url,webhook
				A,Interreg Euro-MED,en,a@programme.example,logo.png,,,,,x
				""";
		assertThatThrownBy(() -> this.bulk.read(unknown.getBytes(StandardCharsets.UTF_8), logos()))
			.isInstanceOf(RequestRefusedException.class)
			.hasMessageContaining("optionally followed by any of callback_url,second_language,name_second");
	}

	@Test
	void aRejectedRowListsEveryReasonItHas() throws Exception {
		String csv = """
				code,name,language,contact_email,logo_file,event_title,event_date,event_venue,event_url
				A,Interreg Euro-MED,xx,a@programme.example,missing.png,,21/09/2026,,
				B,Interreg NEXT MED,fr,not-an-address,logo.png,,2026-13-01,,
				C,,de,c@programme.example,,,,,
				""";
		BulkImport.Result result = this.bulk.read(csv.getBytes(StandardCharsets.UTF_8), logos());
		assertThat(result.accepted()).isEmpty();
		assertThat(result.rejected()).hasSize(3);
		assertThat(result.rejected().get(0).reason()).contains("language: The language 'xx' is not supported")
			.contains("event_date: The event date must be a date like 2026-09-21.")
			.contains("logo_file: The zip holds no logo named 'missing.png'.");
		assertThat(result.rejected().get(1).reason()).contains("contact_email: ").contains("event_date: ");
		assertThat(result.rejected().get(2).reason()).contains("name: The programme name is required.")
			.contains("logo_file: The row names no logo file.");
	}

	@Test
	void aBrokenLogoIsNamedBesideTheOtherReasons() throws Exception {
		LogoArchive broken = LogoArchive.read(new ByteArrayInputStream(Fixtures.zip(Map.of("logo.png",
				"GIF89a not really".getBytes(StandardCharsets.ISO_8859_1)))));
		String csv = """
				code,name,language,contact_email,logo_file,event_title,event_date,event_venue,event_url
				A,Interreg Euro-MED,xx,a@programme.example,logo.png,,,,
				""";
		assertThat(this.bulk.read(csv.getBytes(StandardCharsets.UTF_8), broken).rejected()).singleElement()
			.satisfies((r) -> assertThat(r.reason()).contains("language: ").contains("logo_file: ").contains("GIF"));
	}

}
