package no.avtaleportal.archive;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import no.avtaleportal.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator finds the archive package beside the user administration, chooses the
 * agreement and the year, and downloads the ZIP.
 */
class ArchiveBrowserTests extends BrowserTest {

	@Test
	void anAdministratorDownloadsTheArchivePackageOfAYear() {
		logIn("admin");
		this.page.navigate("/admin/users");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Arkivuttrekk")).click();
		assertThat(this.page.locator("h1")).hasText("Arkivuttrekk");
		assertAccessible();
		screenshot("archive-nb");

		this.page.getByLabel("Avtale").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Samarbeidsavtale mellom NTNU og NHO"));
		this.page.getByLabel("År").selectOption("2025");
		Download download = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Last ned arkivuttrekket (ZIP)"))
			.click());
		assertThat(download.suggestedFilename()).isEqualTo("arkivuttrekk-ntnu-nho-2023-2025.zip");
	}

}
