package org.ogirollup.console;

import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.ogirollup.registry.Level;

/**
 * What every console page is given (who is signed in, the console's definition, the years),
 * and the console's errors as a page in Chinese, not the API's JSON: before the API's advice,
 * and for the console's controllers only.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@Profile("serve")
class ConsoleModel {

	private static final Log logger = LogFactory.getLog(ConsoleModel.class);

	private final Workspace workspace;

	private final ConsoleSessions sessions;

	ConsoleModel(Workspace consoleWorkspace, ConsoleSessions sessions) {
		this.workspace = consoleWorkspace;
		this.sessions = sessions;
	}

	@ModelAttribute
	void common(Model model, Authentication authentication) {
		model.addAttribute("me", ConsoleUser.of(authentication));
		model.addAttribute("definition", this.workspace.definitionName());
		model.addAttribute("sessionTimeout", this.sessions.words());
		model.addAttribute("levels", LEVELS);
	}

	/** The registry's levels in a clerk's words. */
	static final Map<Level, String> LEVELS = new EnumMap<>(Map.of(Level.NATION, "全国", Level.PROVINCE, "省", Level.CITY,
			"市", Level.COUNTY, "县（市、区）", Level.DEPARTMENT, "部门"));

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, Model model, HttpServletResponse response) {
		return problem(model, response, HttpServletResponse.SC_NOT_FOUND, "找不到", ex.getMessage());
	}

	@ExceptionHandler(Corrections.NoSuchCorrectionException.class)
	String noCorrection(RuntimeException ex, Model model, HttpServletResponse response) {
		return problem(model, response, HttpServletResponse.SC_NOT_FOUND, "找不到这个更正", ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	String badRequest(IllegalArgumentException ex, Model model, HttpServletResponse response) {
		return problem(model, response, HttpServletResponse.SC_BAD_REQUEST, "请求有误", ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String wrongValue(MethodArgumentTypeMismatchException ex, Model model, HttpServletResponse response) {
		return problem(model, response, HttpServletResponse.SC_BAD_REQUEST, "请求有误",
				"地址中的 " + ex.getName() + " 须为数字");
	}

	@ExceptionHandler(IllegalStateException.class)
	String conflict(IllegalStateException ex, Model model, HttpServletResponse response) {
		logger.warn("Console answered 409: " + ex.getMessage());
		return problem(model, response, HttpServletResponse.SC_CONFLICT, "现在不能这样做", ex.getMessage());
	}

	static String problem(Model model, HttpServletResponse response, int status, String title, String message) {
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("title", title);
		model.addAttribute("message", message);
		return "console/error";
	}

	/** A year, unit, run or file the address names that does not exist. */
	static class NotFoundException extends RuntimeException {

		NotFoundException(String message) {
			super(message);
		}

	}

}
