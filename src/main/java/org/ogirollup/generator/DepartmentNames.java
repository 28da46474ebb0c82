package org.ogirollup.generator;

import java.util.List;

/** Names of real local government departments, given in order to the generated departments. */
final class DepartmentNames {

	private static final List<String> NAMES = List.of("发展和改革委员会", "教育局", "公安局", "财政局", "人力资源和社会保障局",
			"自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "卫生健康委员会", "市场监督管理局", "民政局", "司法局",
			"水利局", "商务局", "文化和旅游局", "应急管理局", "审计局", "统计局", "科学技术局", "工业和信息化局", "退役军人事务局", "林业和草原局",
			"医疗保障局", "行政审批局", "城市管理综合行政执法局", "民族宗教事务局", "体育局", "信访局", "人民防空办公室", "地方金融监督管理局",
			"国有资产监督管理委员会", "乡村振兴局", "机关事务管理局", "粮食和物资储备局", "数据资源局", "外事办公室", "档案局", "营商环境建设局");

	private DepartmentNames() {
	}

	/** The name of the i-th department (0-based); past the list, names repeat with a number so they stay unique. */
	static String name(int index) {
		String name = NAMES.get(index % NAMES.size());
		int round = index / NAMES.size();
		return (round == 0) ? name : name + (round + 1);
	}

}
