package dev.doc2java.read.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words {@link FlatTextReader} needs to see structure in flattened text, where a table is
 * nothing but one cell a line: which lines can be header cells, which header names a
 * required-flag column or a type column (their values mark where a row starts), the flag values,
 * the section titles and other lines that end a table, and the labels of caption lines
 * ({@code Table 4 X}). Words compare ignoring case, but a header cell never starts with a
 * lower-case letter (parameter names such as {@code name} are not headers).
 *
 * <p>The reader knows no API semantics; the interpreter passes its own vocabulary (or extends
 * {@link #defaults()} with the {@code with...} methods).
 *
 * @param headerCells words that can be a header cell
 * @param flagHeaders headers of a column holding a required flag (a subset of header cells)
 * @param typeHeaders headers of a column holding a type (a subset of header cells)
 * @param flagValues values of a flag column ({@code Yes}, {@code No}, {@code 是}, {@code 否})
 * @param sectionTitles lines that are section headings (and end a table)
 * @param captionLabels labels that, followed by a number and a name, make a line a table caption
 * @param boundaries patterns of other lines that end a table ({@code Status code: 201})
 */
public record HeaderVocabulary(Set<String> headerCells, Set<String> flagHeaders, Set<String> typeHeaders,
        Set<String> flagValues, Set<String> sectionTitles, List<String> captionLabels, List<Pattern> boundaries) {

    /** What follows a caption label: a number, then whitespace and a name (or nothing). */
    private static final Pattern AFTER_LABEL = Pattern.compile("(\\s*\\d+(?:[.\\-]\\d+)*)[.:：]?(?:\\s+\\S.*|\\s*$)");

    public HeaderVocabulary {
        headerCells = folded(headerCells);
        flagHeaders = folded(flagHeaders);
        typeHeaders = folded(typeHeaders);
        flagValues = folded(flagValues);
        sectionTitles = folded(sectionTitles);
        captionLabels = List.copyOf(captionLabels);
        boundaries = List.copyOf(boundaries);
    }

    /** English and Chinese words of Huawei-style API reference pages. */
    public static HeaderVocabulary defaults() {
        return new HeaderVocabulary(
                Set.of("Parameter", "Parameters", "Name", "Field", "Mandatory", "Required", "Type", "Parameter Type",
                        "Data Type", "Description", "Value", "Values", "Default", "Default Value", "Location",
                        "Example", "Remarks", "Status Code", "HTTP Status Code", "Error Code", "Error Message",
                        "Message", "Solution", "Handling Measure", "Meaning", "Module", "Value Range", "Range", "Constraints",
                        "参数", "参数名", "名称", "字段", "是否必选", "必选", "类型", "参数类型", "描述", "说明", "取值",
                        "默认值", "取值范围", "约束", "示例", "备注", "返回值", "状态码", "错误码", "错误信息", "错误描述", "处理措施"),
                Set.of("Mandatory", "Required", "是否必选", "必选"),
                Set.of("Type", "Parameter Type", "Data Type", "类型", "参数类型"),
                Set.of("Yes", "No", "Mandatory", "Optional", "Conditional", "Conditionally mandatory", "True", "False",
                        "是", "否", "必选", "可选", "条件必选"),
                Set.of("Function", "Calling Method", "Authorization Information", "Constraints",
                        "URI", "Request", "Request Parameters", "Request Parameter", "Response",
                        "Response Parameters", "Response Parameter", "Example Request", "Example Requests",
                        "Example Response", "Example Responses", "Status Codes", "Error Codes", "SDK Sample Code",
                        "Debugging", "Parameter Description",
                        "功能介绍", "接口约束", "约束与限制", "调用方法", "授权信息", "调试", "请求参数", "请求消息",
                        "响应参数", "响应消息", "请求示例", "响应示例", "状态码", "返回码", "错误码", "SDK代码示例"),
                List.of("Table", "表"),
                List.of(Pattern.compile("(?i)status\\s*code\\s*[:：]\\s*\\d+.*"),
                        Pattern.compile("状态码\\s*[:：]\\s*\\d+.*")));
    }

    public HeaderVocabulary withHeaderCells(Collection<String> more) {
        return new HeaderVocabulary(union(headerCells, more), flagHeaders, typeHeaders, flagValues, sectionTitles,
                captionLabels, boundaries);
    }

    public HeaderVocabulary withSectionTitles(Collection<String> more) {
        return new HeaderVocabulary(headerCells, flagHeaders, typeHeaders, flagValues, union(sectionTitles, more),
                captionLabels, boundaries);
    }

    public HeaderVocabulary withFlagValues(Collection<String> more) {
        return new HeaderVocabulary(headerCells, flagHeaders, typeHeaders, union(flagValues, more), sectionTitles,
                captionLabels, boundaries);
    }

    public boolean isHeaderCell(String line) {
        String s = line.strip();
        return !s.isEmpty() && !Character.isLowerCase(s.codePointAt(0)) && headerCells.contains(fold(s));
    }

    public boolean isFlagHeader(String cell) {
        return flagHeaders.contains(fold(cell));
    }

    public boolean isTypeHeader(String cell) {
        return typeHeaders.contains(fold(cell));
    }

    public boolean isFlagValue(String cell) {
        return flagValues.contains(fold(cell));
    }

    /** Whether the line is a section title; like header cells, never one starting in lower case. */
    public boolean isSectionTitle(String line) {
        String s = line.strip();
        return !s.isEmpty() && !Character.isLowerCase(s.codePointAt(0)) && sectionTitles.contains(fold(s));
    }

    public boolean isBoundary(String line) {
        String s = line.strip();
        for (Pattern p : boundaries) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label part ({@code Table 4}) when the line is a caption: a caption label, a number, then
     * the name, and no full stop at the end ({@code Table 4 PortRange}); else null.
     */
    public String captionLabel(String line) {
        String s = line.strip();
        if (s.endsWith(".") || s.endsWith("。")) {
            return null;
        }
        for (String label : captionLabels) {
            if (s.regionMatches(true, 0, label, 0, label.length())) {
                var m = AFTER_LABEL.matcher(s.substring(label.length()));
                if (m.matches() && (s.length() == label.length() || !Character.isLetter(s.charAt(label.length())))) {
                    return s.substring(0, label.length() + m.group(1).length()).strip();
                }
            }
        }
        return null;
    }

    private static String fold(String s) {
        return TextBuilder.collapse(s).toLowerCase(Locale.ROOT);
    }

    private static Set<String> folded(Collection<String> words) {
        Set<String> out = new TreeSet<>();
        for (String w : words) {
            out.add(fold(w));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    private static Set<String> union(Set<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
