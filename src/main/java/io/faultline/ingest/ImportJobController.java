package io.faultline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;

/**
 * The imports page for editors: upload a file (ACLED, UCDP...) for a dry run or an
 * import, follow it while it runs in the background, read its report, and import a clean
 * dry run without uploading it again. Administrators also decide there whether
 * ACLED-derived events may be shown to readers who are not signed in.
 */
@Controller
@RequestMapping("/imports")
class ImportJobController {

	private final ImportJobs jobs;

	private final AcledTerms acledTerms;

	private final RoleChecks roles;

	ImportJobController(ImportJobs jobs, AcledTerms acledTerms, RoleChecks roles) {
		this.jobs = jobs;
		this.acledTerms = acledTerms;
		this.roles = roles;
	}

	@GetMapping
	String list(Model model, Authentication authentication) {
		model.addAttribute("jobs", this.jobs.recent());
		model.addAttribute("kinds", this.jobs.kinds());
		model.addAttribute("actorsToReview", this.jobs.actorsToReview());
		model.addAttribute("now", this.jobs.now());
		model.addAttribute("admin", this.roles.has(authentication, Role.ADMIN));
		model.addAttribute("acledShared", this.acledTerms.sharedPublicly());
		return "ingest/list";
	}

	/**
	 * The upload is already on disk (the servlet container streams multipart files
	 * there); it is moved to a file the job owns, never read into memory.
	 */
	@PostMapping
	String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Authentication authentication,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("alert", "ingest.upload.missing");
			return "redirect:/imports";
		}
		if (kind == null || !this.jobs.kinds().contains(kind)) {
			redirect.addFlashAttribute("alert", "ingest.upload.kind");
			return "redirect:/imports";
		}
		Path directory = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "faultline-imports"));
		Path stored = Files.createTempFile(directory, kind + "-", ".upload");
		file.transferTo(stored);
		String name = (file.getOriginalFilename() != null)
				? Path.of(file.getOriginalFilename()).getFileName().toString() : stored.getFileName().toString();
		long id = this.jobs.start(kind, name, stored, dryRun, null, authentication);
		return "redirect:/imports/" + id;
	}

	/** The job's page; htmx polls it for the progress fragment while the job runs. */
	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("job", this.jobs.find(id).orElseThrow(() -> new ImportJobNotFoundException(id)));
		model.addAttribute("now", this.jobs.now());
		model.addAttribute("actorsToReview", this.jobs.actorsToReview());
		return (htmx != null) ? "ingest/show :: progress" : "ingest/show";
	}

	@PostMapping("/{id}/run")
	String importNow(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		this.jobs.find(id).orElseThrow(() -> new ImportJobNotFoundException(id));
		return this.jobs.importNow(id, authentication).map((job) -> "redirect:/imports/" + job).orElseGet(() -> {
			redirect.addFlashAttribute("alert", "ingest.importNow.gone");
			return "redirect:/imports/" + id;
		});
	}

	@PostMapping("/acled-sharing")
	String acledSharing(@RequestParam(defaultValue = "false") boolean shared, Authentication authentication,
			RedirectAttributes redirect) {
		this.acledTerms.sharePublicly(shared, authentication.getName());
		redirect.addFlashAttribute("notice", shared ? "ingest.acled.shared" : "ingest.acled.notShared");
		return "redirect:/imports";
	}

}
