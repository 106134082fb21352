package io.faultline.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gazetteer and boundaries, for administrators: upload a GeoNames dump or a
 * boundaries GeoJSON, dry run or for real. These files are small enough to import within
 * the request; the upload goes to a temporary file, never into memory.
 */
@Controller
class GazetteerController {

	private static final Logger logger = LoggerFactory.getLogger(GazetteerController.class);

	private final GeoNamesImport geoNames;

	private final BoundaryImport boundaries;

	private final JdbcClient jdbc;

	GazetteerController(GeoNamesImport geoNames, BoundaryImport boundaries, JdbcClient jdbc) {
		this.geoNames = geoNames;
		this.boundaries = boundaries;
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/gazetteer")
	String page(Model model) {
		model.addAttribute("figures",
				this.jdbc.sql("""
						SELECT (SELECT count(*) FROM place) AS places,
						       (SELECT count(*) FROM place WHERE geonames_id IS NOT NULL) AS geonames_places,
						       (SELECT count(*) FROM region) AS regions,
						       (SELECT count(*) FROM region WHERE boundary IS NOT NULL) AS bounded_regions""")
					.query(GazetteerFigures.class)
					.single());
		return "ingest/gazetteer";
	}

	@PostMapping("/admin/gazetteer/geonames")
	String importGeoNames(@ModelAttribute GazetteerUpload upload, RedirectAttributes redirect) {
		return run(this.geoNames, upload, redirect);
	}

	@PostMapping("/admin/gazetteer/boundaries")
	String importBoundaries(@ModelAttribute GazetteerUpload upload, RedirectAttributes redirect) {
		return run(this.boundaries, upload, redirect);
	}

	private String run(FileImport fileImport, GazetteerUpload upload, RedirectAttributes redirect) {
		if (upload.file() == null || upload.file().isEmpty()) {
			redirect.addFlashAttribute("alert", "gazetteer.upload.missing");
			return "redirect:/admin/gazetteer";
		}
		String name = upload.fileName();
		Path folder = null;
		try {
			// Under its own name in a folder of its own, so the report and the history
			// name it.
			folder = Files.createTempDirectory("faultline-gazetteer-");
			Path file = folder.resolve(name);
			upload.file().transferTo(file);
			ImportReport report = fileImport.run(file, Boolean.TRUE.equals(upload.dryRun()));
			redirect.addFlashAttribute("result", GazetteerResult.of(report, name));
		}
		catch (IOException ex) {
			logger.warn("Could not read the uploaded {}: {}", name, ex.getMessage());
			redirect.addFlashAttribute("alert", "gazetteer.upload.unreadable");
		}
		finally {
			delete(folder);
		}
		return "redirect:/admin/gazetteer";
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			logger.warn("Could not delete {}: {}", folder, ex.getMessage());
		}
	}

}
