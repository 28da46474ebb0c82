package org.ogirollup.console;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page for a browser (one that asks for HTML): the same statuses as the API's JSON
 * error page, in a page of the console, with what to do next. Scripts, which do not ask for
 * HTML, keep getting JSON.
 */
@Controller
@Profile("serve")
class ConsoleErrorPage {

	@RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : HttpServletResponse.SC_NOT_FOUND;
		String title = switch (status) {
			case 400 -> "请求有误";
			case 401 -> "请先登录";
			case 403 -> "没有权限";
			case 404 -> "找不到这个页面";
			case 405 -> "这个地址不接受这种请求";
			case 413 -> "文件过大";
			default -> "服务出错";
		};
		String message = switch (status) {
			case 403 -> "您的角色不能做这件事（上传更正和启动运行需要分析员角色，管理页面需要管理员角色），或者表单已过期：请回到上一页刷新后再试。";
			case 404 -> "地址有误，或者这个年度、单位、文件不存在。";
			case 413 -> "上传的文件超过了允许的大小，未保存任何内容。";
			case 401 -> "请登录后再访问。";
			default -> (status >= 500) ? "请查看服务日志。" : "请回到上一页再试。";
		};
		// the error is rendered on the API's stateless chain; the page still names who is signed in
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context) {
			model.addAttribute("me", ConsoleUser.of(context.getAuthentication()));
		}
		return ConsoleModel.problem(model, response, status, title, message);
	}

}
