package org.ogirollup.export.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook a write replaces, whose unchanged sheets the new file takes as they are, compressed,
 * instead of making them again: a province's workbook has a sheet per government, and a
 * correction of one county changes three of them. A sheet is taken only when the earlier file has
 * it with no parts of its own (a sheet with comments has a drawing, whose part names count the
 * comments of the sheets before it), and only when the frame of the two files, the list of sheets
 * and the styles, is the same: then the earlier sheet's bytes are those the sheet would be
 * written with again, and the new file is byte for byte the file a full write makes. A file that
 * is not as it was written (opened and saved in Excel, say: see {@link #seal}) or whose frame
 * differs gives nothing, and is written again whole.
 */
final class EarlierWorkbook implements Closeable {

	/** The parts that say which sheet is which and what its style numbers mean. */
	private static final List<String> FRAME = List.of("[Content_Types].xml", "xl/workbook.xml",
			"xl/_rels/workbook.xml.rels", "xl/styles.xml");

	private final ZipFile zip;

	private final Set<String> kept = new HashSet<>();

	private EarlierWorkbook(ZipFile zip) {
		this.zip = zip;
	}

	/**
	 * The file a write is to replace; nothing to take when there is none, when it is no workbook,
	 * or when it is not as this class's writer left it (its seal does not match its entries).
	 */
	static EarlierWorkbook of(Path file) {
		if (!Files.isRegularFile(file)) {
			return none();
		}
		try {
			if (!sealed(file)) {
				return none();
			}
			return new EarlierWorkbook(ZipFile.builder().setPath(file).get());
		}
		catch (IOException ex) {
			// not a zip (a half-copied or foreign file): it is written again whole
			return none();
		}
	}

	/**
	 * The zip comment a workbook is written with: a digest of every entry's name, checksum and
	 * sizes. A program that saves the file again (Excel, WPS, POI itself) writes its own zip
	 * without it; an entry changed in place no longer matches it.
	 */
	static String seal(Collection<? extends ZipEntry> entries) {
		MessageDigest digest = sha256();
		for (ZipEntry entry : entries) {
			digest.update((entry.getName() + "\u0000" + entry.getCrc() + "\u0000" + entry.getSize() + "\u0000"
					+ entry.getCompressedSize() + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return "ogi-rollup " + HexFormat.of().formatHex(digest.digest());
	}

	private static boolean sealed(Path file) throws IOException {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			return seal(Collections.list(zip.entries())).equals(zip.getComment());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	/** Nothing to take: every sheet is written. */
	static EarlierWorkbook none() {
		return new EarlierWorkbook(null);
	}

	/**
	 * Whether a sheet that did not change is to be taken from the earlier file, and so left empty:
	 * the earlier file has a sheet at its place, without parts of its own.
	 */
	boolean keep(Sheet sheet) {
		if (this.zip == null) {
			return false;
		}
		String part = partName(sheet);
		if (this.zip.getEntry(part) == null || this.zip.getEntry(relationships(part)) != null) {
			return false;
		}
		this.kept.add(part);
		return true;
	}

	/** Whether any sheet is to be taken from the earlier file. */
	boolean keepsAny() {
		return !this.kept.isEmpty();
	}

	/** Whether a new file's entry is to be taken from the earlier file. */
	boolean kept(String entryName) {
		return this.kept.contains(entryName);
	}

	/** Whether a newly written file has the earlier file's frame, so that its kept sheets fit it. */
	boolean sameFrame(ZipFile written) throws IOException {
		for (String part : FRAME) {
			if (!Arrays.equals(bytes(written, part), bytes(this.zip, part))) {
				return false;
			}
		}
		return true;
	}

	ZipArchiveEntry entry(String name) {
		return this.zip.getEntry(name);
	}

	InputStream raw(ZipArchiveEntry entry) throws IOException {
		return this.zip.getRawInputStream(entry);
	}

	@Override
	public void close() throws IOException {
		if (this.zip != null) {
			this.zip.close();
		}
	}

	/** A sheet's entry in the file: {@code xl/worksheets/sheet5.xml}. */
	private static String partName(Sheet sheet) {
		SXSSFWorkbook workbook = (SXSSFWorkbook) sheet.getWorkbook();
		return workbook.getXSSFWorkbook()
			.getSheetAt(workbook.getSheetIndex(sheet))
			.getPackagePart()
			.getPartName()
			.getName()
			.substring(1);
	}

	/** Where a part's own parts (a sheet's drawing, say) are named: {@code xl/worksheets/_rels/sheet5.xml.rels}. */
	private static String relationships(String part) {
		int slash = part.lastIndexOf('/');
		return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
	}

	private static byte[] bytes(ZipFile zip, String name) throws IOException {
		ZipArchiveEntry entry = zip.getEntry(name);
		if (entry == null) {
			return null;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return in.readAllBytes();
		}
	}

}
