package dev.doc2java.read.huawei;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which column of a table holds what, recognised by the header's meaning (English or Chinese), never
 * by position. A table is a parameter table when it has a name column and a type or description
 * column, and no status-code or error-code column comes first.
 */
record Columns(int name, int mandatory, int type, int description) {

    private static final Set<String> NAME = Set.of("parameter", "parameters", "parameter name", "name", "field",
            "attribute", "property", "参数", "参数名", "参数名称", "名称", "字段", "字段名", "属性", "属性名");
    private static final Set<String> MANDATORY = Set.of("mandatory", "required", "mandatory or not", "is required",
            "optional", "是否必选", "必选", "是否必须", "是否必填", "必填", "可选", "是否可选", "必选/可选");
    private static final Set<String> TYPE = Set.of("type", "data type", "parameter type", "value type",
            "参数类型", "类型", "数据类型", "值类型");
    private static final Set<String> DESCRIPTION = Set.of("description", "descriptions", "remarks", "explanation",
            "meaning", "描述", "说明", "参数说明", "描述说明", "备注", "含义");
    private static final List<String> NON_PARAMETER = List.of("status code", "error code", "http status",
            "return code", "状态码", "错误码", "返回码", "返回值");

    /** The columns of a parameter table with this header, or {@code null} when it is no parameter table. */
    static Columns recognise(List<String> header) {
        int name = -1;
        int mandatory = -1;
        int type = -1;
        int description = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = normalise(header.get(i));
            for (String bad : NON_PARAMETER) {
                if (h.contains(bad)) {
                    return null;
                }
            }
            if (name < 0 && NAME.contains(h)) {
                name = i;
            } else if (mandatory < 0 && MANDATORY.contains(h)) {
                mandatory = i;
            } else if (type < 0 && TYPE.contains(h)) {
                type = i;
            } else if (description < 0 && DESCRIPTION.contains(h)) {
                description = i;
            }
        }
        if (name < 0 || (type < 0 && description < 0)) {
            return null;
        }
        return new Columns(name, mandatory, type, description);
    }

    static String normalise(String header) {
        String h = header.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        h = h.replaceAll("[:：*.]+$", "").trim();
        return h;
    }

    /** Whether a Mandatory cell says yes (Yes, 是, True, Mandatory, Required, 必选). */
    static boolean isYes(String cell) {
        String c = normalise(cell);
        if (c.isEmpty()) {
            return false;
        }
        return c.equals("yes") || c.equals("y") || c.equals("true") || c.equals("mandatory") || c.equals("required")
                || c.equals("是") || c.equals("必选") || c.equals("必填") || c.equals("必须") || c.startsWith("yes ")
                || c.startsWith("yes,") || c.startsWith("yes(") || c.startsWith("是（") || c.startsWith("是(");
    }
}
