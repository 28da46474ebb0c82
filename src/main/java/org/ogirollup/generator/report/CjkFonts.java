package org.ogirollup.generator.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a font with Chinese characters is found for PDF reports: the system's TrueType fonts that
 * PDFBox can embed (TrueType outlines; OpenType fonts with CFF outlines, such as Noto Sans CJK,
 * it cannot). Debian and Ubuntu install the first with {@code apt-get install fonts-wqy-microhei}.
 */
public final class CjkFonts {

	/** Known places, most common first. */
	public static final List<Path> KNOWN = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
			Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
			Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
			Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
			Path.of("/System/Library/Fonts/STHeiti Light.ttc"), Path.of("C:/Windows/Fonts/simsun.ttc"),
			Path.of("C:/Windows/Fonts/msyh.ttc"));

	private CjkFonts() {
	}

	/** The first known font that exists on this machine. */
	public static Optional<Path> find() {
		return KNOWN.stream().filter(Files::isRegularFile).findFirst();
	}

}
