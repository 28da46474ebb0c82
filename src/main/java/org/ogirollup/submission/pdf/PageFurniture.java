package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what a page prints in its margins that is not the report: page numbers ({@code -4-},
 * {@code 第 4 页 共 9 页}, {@code 4/9}) and running heads and feet (a line that comes back at the
 * same height on other pages). A table that straddles a page break then reads on, as printed.
 */
final class PageFurniture {

	/** Running heads and page numbers stand in the top and bottom tenth of the page. */
	private static final double MARGIN = 0.1;

	/** A running head comes back within this many points of the same height. */
	private static final double SAME_HEIGHT = 8;

	private static final Pattern PAGE_NUMBER = Pattern.compile(
			"[-—–－~·•_\\[(（【]*第?[0-9０-９]{1,4}页?([/／][0-9０-９]{1,4}|共[0-9０-９]{1,4}页)?[-—–－~·•_\\])）】]*");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

	private PageFurniture() {
	}

	static List<PageLayout> strip(List<PageLayout> pages) {
		List<PageLayout> stripped = new ArrayList<>(pages.size());
		for (PageLayout page : pages) {
			List<TextLine> kept = new ArrayList<>();
			for (TextLine line : page.lines()) {
				boolean furniture = inMargin(line, page) && (isPageNumber(line) || comesBack(line, page, pages));
				if (!furniture) {
					kept.add(line);
				}
			}
			stripped.add(page.withLines(kept));
		}
		return stripped;
	}

	/** Whether another page prints the same line (its numbers aside) at about the same height. */
	private static boolean comesBack(TextLine line, PageLayout page, List<PageLayout> pages) {
		String text = withoutNumbers(line);
		for (PageLayout other : pages) {
			if (other == page) {
				continue;
			}
			for (TextLine candidate : other.lines()) {
				if (inMargin(candidate, other) && Math.abs(candidate.box().top() - line.box().top()) <= SAME_HEIGHT
						&& withoutNumbers(candidate).equals(text)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean isPageNumber(TextLine line) {
		return PAGE_NUMBER.matcher(bare(line.text())).matches();
	}

	private static boolean inMargin(TextLine line, PageLayout page) {
		return line.box().bottom() < page.height() * MARGIN || line.box().top() > page.height() * (1 - MARGIN);
	}

	/** A running head's text with its page number blotted out. */
	private static String withoutNumbers(TextLine line) {
		return bare(line.text()).replaceAll("[0-9０-９]+", "#");
	}

	private static String bare(String text) {
		return SPACES.matcher(text).replaceAll("");
	}

}
