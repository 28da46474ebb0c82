package org.ogirollup.console;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.ogirollup.submission.ReportFileName;

/**
 * Checks the name a corrected file is uploaded under, before anything is written: a bare name
 * (no folder, no {@code ..}), of a kind the pipeline reads, that starts with the unit's code as
 * the year folders' files do ({@code 210702-D01.csv}, {@code 210702-D01-更正.pdf}), made of
 * letters, digits and a few marks only, so that it is safe as a file name on any system.
 */
final class UploadName {

	/** The longest name taken: real names are far shorter. */
	static final int LONGEST = 120;

	private static final Set<String> EXTENSIONS = Set.of("csv", "txt", "html", "htm", "pdf", "docx", "doc", "xlsx",
			"xls");

	private static final Pattern SAFE = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}._\\-（）() ]+");

	private UploadName() {
	}

	/**
	 * The name, checked.
	 * @throws IllegalArgumentException saying, in Chinese, what is wrong with it
	 */
	static String check(String name, String unitCode, Predicate<String> isRegistered) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("请选择要上传的文件");
		}
		if (name.contains("/") || name.contains("\\") || name.contains("..") || name.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("文件名不能含路径（/、\\ 或 ..）：" + shown(name));
		}
		if (name.length() > LONGEST) {
			throw new IllegalArgumentException("文件名过长（" + name.length() + " 个字符，最多 " + LONGEST + " 个）");
		}
		if (name.startsWith(".") || name.startsWith("~$") || name.startsWith(" ") || name.endsWith(" ")) {
			throw new IllegalArgumentException("文件名不能以点、空格或 ~$ 开头，也不能以空格结尾：" + shown(name));
		}
		if (!SAFE.matcher(name).matches()) {
			throw new IllegalArgumentException("文件名只能含汉字、字母、数字、空格和 . _ - ( ) （ ）：" + shown(name));
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		if (!EXTENSIONS.contains(extension)) {
			throw new IllegalArgumentException("不能读取这种文件：" + shown(name)
					+ "；可上传 .csv、.txt、.html、.htm、.pdf、.docx、.doc、.xlsx、.xls 文件");
		}
		if (!ReportFileName.parse(name, isRegistered).unitCode().equals(unitCode)) {
			throw new IllegalArgumentException("文件名须以单位代码 " + unitCode + " 开头，如 " + unitCode + "." + extension + " 或 "
					+ unitCode + "-更正." + extension + "：" + shown(name));
		}
		return name;
	}

	private static String shown(String name) {
		String printable = name.replaceAll("\\p{Cntrl}", "?");
		return "「" + ((printable.length() > 60) ? printable.substring(0, 60) + "…" : printable) + "」";
	}

}
