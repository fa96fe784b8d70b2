package dev.doc2java.read.huawei;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.ConstraintKind;
import dev.doc2java.model.EnumValue;
import dev.doc2java.model.Provenance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the constraints a Description cell states, in English and Chinese: {@code Minimum: 1},
 * {@code Maximum: 64}, {@code Default: 10}, {@code Array Length: 1 - 10}, {@code 1 to 64 characters},
 * {@code ranges from 1 to 100}, {@code 最小长度：1}, {@code 取值范围：1~100}, enumerations as bullets
 * after "The value can be one of the following" (value split from explanation), inline lists of bold
 * values, integer enumerations ({@code 0: unfrozen}) and "can be null". Bounds are read by what the
 * type bounds: lengths for strings, values for numbers, sizes for arrays. Precision first: a bound
 * is taken only from wording that states it outright.
 */
final class DescriptionParser {

    /** What a bound limits, decided by the parameter's type. */
    enum Bounded { LENGTH, VALUE, SIZE, NONE }

    /** One line of a Description cell: a paragraph or a bullet item. */
    record Line(String text, boolean bullet, SourceLocation location) {
    }

    private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
    private static final String SEP = "\\s*(?:-|~|～|–|—|到|至|to)\\s*";

    private static final Pattern MINIMUM = Pattern.compile("(?i)^(?:minimum(?: value| length)?|min)\\s*[:：]\\s*" + NUM + "\\s*\\.?$");
    private static final Pattern MAXIMUM = Pattern.compile("(?i)^(?:maximum(?: value| length)?|max)\\s*[:：]\\s*" + NUM + "\\s*\\.?$");
    private static final Pattern DEFAULT = Pattern.compile("(?i)^(?:default(?: value)?|缺省值|默认值|默认取值)\\s*[:：]\\s*(.+?)\\s*[.。]?$");
    private static final Pattern DEFAULT_PROSE = Pattern.compile("(?i)\\bthe default value is\\s+([^\\s,;，。]+?)[.。]?(?:[\\s,;，。]|$)");
    /** {@code true or false (default)}: the value marked as the default inline. */
    private static final Pattern DEFAULT_INLINE = Pattern.compile("(?i)(?:^|[\\s,，(（])[\"“']?([A-Za-z0-9_.\\-]+)[\"”']?\\s*(?:\\((?:default|默认值?)\\)|（(?:默认值?|default)）)");
    /** A sentence that opens with a condition: "For TCP listeners, ...", "If ...", "当...时", "对于...". */
    private static final Pattern CONDITION_START = Pattern.compile(
            "(?i)^(?:for(?!\\s+(?:example|details|more|instance)\\b)|if|when|where|unless|in case|in the case of|only for|only when)\\b"
            + "|^(?:对于|针对|当|如果|若)");
    /** A value followed by its case: "the default value is false for TCP and UDP listeners". */
    private static final Pattern CONDITION_AFTER = Pattern.compile("(?i)(?:\\b(?:is|to|from)\\s+-?[\\w.]+|\\d)\\s*,?\\s+(?:for|if|when|in case|unless)\\s+(?!example\\b|details\\b|more\\b)");
    /** "If this parameter is not specified, the default value is 10" states the default itself. */
    private static final Pattern UNCONDITIONAL_DEFAULT = Pattern.compile(
            "(?i)^(?:if|when)\\s+(?:this|the|it)?\\s*(?:parameter|field|value|it)?\\s*(?:is\\s+)?(?:not|left blank|left empty|empty|unspecified|omitted)\\b"
            + "|^(?:if|when) not (?:specified|passed|set|configured|provided)\\b|^(?:若|如果)?不(?:填|传|指定)|^未(?:填|传|指定)");
    /** A line that opens with the case it describes: "Shared load balancers: ...", "Dedicated load balancers: ...". */
    private static final Pattern CONDITION_LABEL = Pattern.compile(
            "^(?!(?i:minimum|maximum|default|array length|enumeration values?|note|notice|example|remarks?|caution|warning|"
            + "value range|range|options?|values?|format|unit)\\s*[:：])[A-Z][A-Za-z0-9]*(?: [A-Za-z0-9/-]+){0,4}\\s*[:：]\\s"
            + "|^(?!(?:取值范围|取值|默认值|缺省值|最小值|最大值|最小长度|最大长度|数组长度|枚举值|约束限制|参数解释|说明|注意|格式|单位|示例)[：:])"
            + "(?=[^：:，,。]{0,15}[\\u4e00-\\u9fff])[^：:，,。.\\s]{2,15}[：:]");
    private static final Pattern ARRAY_LENGTH = Pattern.compile("(?i)^(?:array length|数组长度)\\s*[:：]\\s*(\\d+)" + SEP + "(\\d+)\\s*\\.?$");
    private static final Pattern CN_MIN_LENGTH = Pattern.compile("最小长度\\s*[:：]\\s*(\\d+)");
    private static final Pattern CN_MAX_LENGTH = Pattern.compile("最大长度\\s*[:：]\\s*(\\d+)");
    private static final Pattern CN_MIN_VALUE = Pattern.compile("最小值\\s*[:：]\\s*" + NUM);
    private static final Pattern CN_MAX_VALUE = Pattern.compile("最大值\\s*[:：]\\s*" + NUM);
    private static final Pattern CN_RANGE = Pattern.compile("取值范围\\s*[:：]?\\s*[\\[(（]?\\s*" + NUM + "\\s*(?:-|~|～|–|到|至|,|，)\\s*" + NUM + "\\s*[\\])）]?");
    private static final Pattern CN_LENGTH_RANGE = Pattern.compile("长度(?:为|是|范围为|范围是|范围)?\\s*[:：]?\\s*(\\d+)\\s*(?:-|~|～|–|到|至)\\s*(\\d+)\\s*(?:个)?(?:字符|字节)?");
    private static final Pattern CN_MAX_CHARS = Pattern.compile("(?:最多|不超过|最长|最大长度为|长度不超过)\\s*(\\d+)\\s*(?:个)?(?:字符|字节)");
    private static final Pattern CHARS_RANGE = Pattern.compile("(?i)\\b(?:contains?|consists? of|be|is|has|have|of|with)\\s+(\\d+)\\s+to\\s+(\\d+)\\s+(?:\\w+\\s+)?characters\\b");
    private static final Pattern CHARS_MAX = Pattern.compile("(?i)\\b(?:a maximum of|at most|up to|no more than|not more than|cannot exceed|can't exceed|max\\.?)\\s+(\\d+)\\s+(?:\\w+\\s+)?characters\\b");
    private static final Pattern CHARS_MIN = Pattern.compile("(?i)\\b(?:a minimum of|at least|no less than|not less than)\\s+(\\d+)\\s+(?:\\w+\\s+)?characters\\b");
    private static final Pattern LENGTH_RANGE = Pattern.compile("(?i)\\blength (?:ranges|is) from\\s+(\\d+)\\s+to\\s+(\\d+)\\b");
    private static final Pattern VALUE_RANGE = Pattern.compile("(?i)\\b(?:ranges?|is|be|must be|can be)\\s+(?:an integer\\s+)?(?:from|between)\\s+" + NUM + "\\s+(?:to|and)\\s+" + NUM + "(?![\\d.]*\\s*(?:characters|bytes|chars))");
    private static final Pattern VALUE_RANGE_BRACKET = Pattern.compile("(?i)\\b(?:value range|range)\\s*(?:is|:|：)\\s*\\[?\\s*" + NUM + "\\s*(?:-|~|,|to)\\s*" + NUM + "\\s*]?");
    private static final Pattern NULLABLE = Pattern.compile("(?i)\\b(?:can|may) be (?:left )?(?:\\w+ or )?null\\b|可(?:以)?为\\s*null|可(?:以)?为空值?或\\s*null");
    private static final Pattern ENUM_INTRO = Pattern.compile("(?i)(one of the following|following values|enumeration values?|enumerated values?|value options|possible values|values? (?:can be|include|includes|are)\\s*[:：]|options?\\s*[:：]|取值(?:范围|如下|为|包括)|可选值|枚举值|可选(?:的)?取值|取值说明)");
    private static final Pattern BULLET_VALUE = Pattern.compile("^[\"“']?([A-Za-z0-9_.\\-/+*]+|\\$\\{[A-Za-z0-9_]+})[\"”']?\\s*(\\((?:default|默认值?)\\)|（(?:默认值?|default)）)?\\s*(?:[:：]|\\s[-–—]\\s|$)(.*)$", Pattern.DOTALL);
    private static final Pattern INLINE_ENUM = Pattern.compile("(?i)(?:^|\\.\\s+|\\b)(?:the )?(?:value|values|\\w+) (?:can be|must be|can only be|is either|can be set to|is one of)\\s*:?\\s+(.+?)\\s*\\.?$");
    private static final Pattern LABEL_START = Pattern.compile("(?<=\\S)(?=(?:Minimum|Maximum|Default|Array Length|"
            + "Enumeration values|最小长度|最大长度|最小值|最大值|缺省值|默认值|数组长度|枚举值)\\s*[:：])");
    private static final Pattern CN_INLINE_ENUM = Pattern.compile("(?:取值(?:范围)?(?:为|是|：|:)|可选值(?:为|是|：|:)|枚举值(?:为|：|:))\\s*(.+?)\\s*[。.]?$");
    private static final Pattern BULLET_MARK = Pattern.compile("^\\s*(?:[•·●▪◦*\\-]|\\d+[.)、])\\s+");

    private DescriptionParser() {
    }

    /** The constraints stated by these lines, for a value of the given kind. */
    static DescriptionFacts parse(List<Line> rawLines, Bounded bounded, boolean integerValues, List<String> strong) {
        List<Line> split = new ArrayList<>();
        for (Line l : rawLines) {
            // a reader that flattened a cell leaves "...the ID.Minimum: 1Maximum: 36" on one line
            for (String part : LABEL_START.split(l.text())) {
                split.add(new Line(part, l.bullet(), l.location()));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (Line l : split) {
            String t = l.text().replace('\u00a0', ' ').trim();
            if (t.isEmpty()) {
                continue;
            }
            Matcher bm = BULLET_MARK.matcher(t);
            if (!l.bullet() && bm.find() && !t.matches("^-?\\d.*")) {
                lines.add(new Line(t.substring(bm.end()).trim(), true, l.location()));
            } else {
                lines.add(new Line(t, l.bullet(), l.location()));
            }
        }
        Acc acc = new Acc();
        List<Acc> alternatives = new ArrayList<>();
        for (Line line : lines) {
            Matcher d = DEFAULT.matcher(line.text());
            if (d.find()) {
                // a labelled line ("Default: 60", "Minimum: 1") states the fact outright
                bounds(line, bounded, acc);
                if (acc.defaultValue == null) {
                    acc.defaultValue = unquote(d.group(1));
                    acc.prov("default", line, line.text());
                }
            } else {
                boolean labelled = CONDITION_LABEL.matcher(line.text()).find();
                for (String sentence : line.text().split("(?<=\\.)\\s+|(?<=[。；;])\\s*")) {
                    Line part = new Line(sentence, line.bullet(), line.location());
                    if (labelled || conditional(sentence)) {
                        // "For TCP listeners, the value ranges from 10 to 4000, and the default value is 300":
                        // one alternative among several, never an absolute bound or default
                        Acc alt = new Acc();
                        bounds(part, bounded, alt);
                        if (alt.min != null || alt.max != null) {
                            alternatives.add(alt);
                        }
                        continue;
                    }
                    bounds(part, bounded, acc);
                    if (acc.defaultValue == null && bounded != Bounded.SIZE) {
                        Matcher dp = DEFAULT_PROSE.matcher(sentence);
                        Matcher di = DEFAULT_INLINE.matcher(sentence);
                        if (dp.find()) {
                            acc.defaultValue = unquote(dp.group(1));
                            acc.prov("default", line, dp.group());
                        } else if (di.find()) {
                            acc.defaultValue = unquote(di.group(1));
                            acc.prov("default", line, di.group());
                        }
                    }
                }
            }
            if (NULLABLE.matcher(line.text()).find()) {
                acc.nullable = true;
                acc.prov("nullable", line, line.text());
            }
        }
        loosest(acc, alternatives);
        if (bounded != Bounded.NONE || integerValues) {
            enumerations(lines, integerValues, strong, acc);
        }
        return new DescriptionFacts(acc.min, acc.max, acc.defaultValue, acc.enumValues, acc.prose, acc.nullable,
                acc.provenance);
    }

    /** A sentence that states its facts for one case only: it opens with a condition, or a value it states is followed by one. */
    static boolean conditional(String sentence) {
        String t = sentence.trim();
        if (UNCONDITIONAL_DEFAULT.matcher(t).find()) {
            return false;
        }
        return CONDITION_START.matcher(t).find() || CONDITION_AFTER.matcher(t).find();
    }

    /**
     * Bounds stated only for some cases: the loosest range that covers every alternative and the
     * outright bounds, a side kept only when every one of them states it.
     */
    private static void loosest(Acc acc, List<Acc> alternatives) {
        if (alternatives.isEmpty()) {
            return;
        }
        Acc outright = new Acc();
        outright.min = acc.min;
        outright.max = acc.max;
        outright.provenance.addAll(acc.provenance);
        List<Acc> all = new ArrayList<>(alternatives);
        if (acc.min != null || acc.max != null) {
            all.add(outright);
        }
        BigDecimal min = all.stream().allMatch(x -> x.min != null)
                ? all.stream().map(x -> x.min).min(BigDecimal::compareTo).orElseThrow() : null;
        BigDecimal max = all.stream().allMatch(x -> x.max != null)
                ? all.stream().map(x -> x.max).max(BigDecimal::compareTo).orElseThrow() : null;
        acc.provenance.removeIf(p -> p.is(ConstraintKind.MIN) || p.is(ConstraintKind.MAX));
        acc.min = null;
        acc.max = null;
        for (Acc x : all) {
            for (Provenance p : x.provenance) {
                if (min != null && acc.min == null && p.is(ConstraintKind.MIN) && x.min.compareTo(min) == 0) {
                    acc.min = min;
                    acc.provenance.add(p);
                }
                if (max != null && acc.max == null && p.is(ConstraintKind.MAX) && x.max.compareTo(max) == 0) {
                    acc.max = max;
                    acc.provenance.add(p);
                }
            }
        }
    }

    private static void bounds(Line line, Bounded bounded, Acc acc) {
        String t = line.text();
        if (bounded == Bounded.NONE) {
            return;
        }
        Matcher m = ARRAY_LENGTH.matcher(t);
        if (m.find()) {
            if (bounded == Bounded.SIZE) {
                acc.range(m.group(1), m.group(2), line, m.group());
            }
            return;
        }
        if (bounded == Bounded.SIZE) {
            return;
        }
        m = MINIMUM.matcher(t);
        if (m.find()) {
            acc.min(m.group(1), line, m.group());
            return;
        }
        m = MAXIMUM.matcher(t);
        if (m.find()) {
            acc.max(m.group(1), line, m.group());
            return;
        }
        if (bounded == Bounded.LENGTH) {
            find(CN_MIN_LENGTH, t, line, acc, true, false);
            find(CN_MAX_LENGTH, t, line, acc, false, true);
            if ((m = CN_LENGTH_RANGE.matcher(t)).find() || (m = CHARS_RANGE.matcher(t)).find()
                    || (m = LENGTH_RANGE.matcher(t)).find()) {
                acc.range(m.group(1), m.group(2), line, m.group());
            }
            find(CHARS_MAX, t, line, acc, false, true);
            find(CN_MAX_CHARS, t, line, acc, false, true);
            find(CHARS_MIN, t, line, acc, true, false);
        } else {
            find(CN_MIN_VALUE, t, line, acc, true, false);
            find(CN_MAX_VALUE, t, line, acc, false, true);
            if ((m = CN_RANGE.matcher(t)).find() || (m = VALUE_RANGE.matcher(t)).find()
                    || (m = VALUE_RANGE_BRACKET.matcher(t)).find()) {
                acc.range(m.group(1), m.group(2), line, m.group());
            }
        }
    }

    private static void find(Pattern p, String t, Line line, Acc acc, boolean min, boolean max) {
        Matcher m = p.matcher(t);
        if (m.find()) {
            if (min) {
                acc.min(m.group(1), line, m.group());
            }
            if (max) {
                acc.max(m.group(1), line, m.group());
            }
        }
    }

    private static void enumerations(List<Line> lines, boolean integerValues, List<String> strong, Acc acc) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).bullet()) {
                continue;
            }
            int start = i;
            while (i < lines.size() && lines.get(i).bullet()) {
                i++;
            }
            List<Line> group = lines.subList(start, i);
            Line intro = start > 0 ? lines.get(start - 1) : null;
            boolean announced = intro != null && ENUM_INTRO.matcher(intro.text()).find();
            List<EnumValue> values = new ArrayList<>();
            List<String> prose = new ArrayList<>();
            String defaultValue = null;
            boolean allCodeLike = true;
            for (Line item : group) {
                Matcher m = BULLET_VALUE.matcher(item.text());
                String value = m.matches() ? m.group(1) : null;
                if (value != null && (value.endsWith(".") || value.endsWith("-"))) {
                    value = null;
                }
                if (value != null && integerValues && !value.matches("-?\\d+")) {
                    value = null;
                }
                if (value == null) {
                    prose.add(item.text());
                    continue;
                }
                if (!codeLike(value)) {
                    allCodeLike = false;
                }
                values.add(new EnumValue(value, m.group(3).trim()));
                if (m.group(2) != null) {
                    defaultValue = value;
                }
            }
            if (!announced && (!prose.isEmpty() || !allCodeLike || values.size() < 2)) {
                continue;
            }
            if (!prose.isEmpty()) {
                if (announced) {
                    acc.prose.addAll(prose);
                }
                continue;
            }
            if (values.isEmpty() || !acc.enumValues.isEmpty()) {
                continue;
            }
            acc.enumValues.addAll(distinct(values));
            acc.prov("enum", group.get(0), (intro == null ? "" : intro.text() + " ") + joinValues(values));
            if (defaultValue != null && acc.defaultValue == null) {
                acc.defaultValue = defaultValue;
                acc.prov("default", group.get(0), defaultValue + " (default)");
            }
        }
        if (acc.enumValues.isEmpty() && acc.prose.isEmpty()) {
            inlineEnum(lines, integerValues, strong, acc);
        }
    }

    /** {@code The value can be TCP, HTTP, UDP, or TERMINATED_HTTPS.}: taken only when every item is a code-like word. */
    private static void inlineEnum(List<Line> lines, boolean integerValues, List<String> strong, Acc acc) {
        for (Line line : lines) {
            if (line.bullet()) {
                continue;
            }
            for (String sentence : line.text().split("(?<=\\.)\\s+|(?<=。)")) {
                Matcher m = INLINE_ENUM.matcher(sentence.trim());
                if (!m.find()) {
                    m = CN_INLINE_ENUM.matcher(sentence.trim());
                    if (!m.find()) {
                        continue;
                    }
                }
                // "tls-1-0, tls-1-1, or tls-1-2, and the default value is tls-1-0": the list ends where a clause begins
                String list = m.group(1).trim().replaceAll("[.。]$", "")
                        .replaceFirst("(?i),?\\s*(?:and|but)?\\s*\\b(?:the|this|its?|which|where|if|when|for|in)\\s.*$", "");
                String[] items = list.split("\\s*(?:,\\s*or\\s+|,\\s*and\\s+|,|\\bor\\b|\\band\\b|、|或|和|以及|及|，)\\s*");
                boolean only = sentence.matches("(?i).*\\b(only|either)\\b.*|.*(仅|只能|固定).*");
                if (items.length < 2 && !only) {
                    continue;
                }
                List<EnumValue> values = new ArrayList<>();
                boolean ok = items.length >= 1;
                for (String raw : items) {
                    String item = unquote(raw.trim());
                    if (item.isEmpty()) {
                        continue;
                    }
                    boolean emphasised = strong.contains(item);
                    if (!(integerValues ? item.matches("-?\\d+") : codeLike(item) || emphasised)
                            || item.contains(" ")) {
                        ok = false;
                        break;
                    }
                    if (!emphasised && !item.matches("[A-Z0-9_]+") && !integerValues) {
                        ok = false;
                        break;
                    }
                    values.add(EnumValue.of(item));
                }
                if (ok && !values.isEmpty()) {
                    acc.enumValues.addAll(distinct(values));
                    acc.prov("enum", line, sentence.trim());
                    return;
                }
            }
        }
    }

    /** A wire value rather than a word of prose: upper case, digits, or with {@code _ . - /}, or all lower case. */
    static boolean codeLike(String v) {
        if (v.matches("-?\\d+(\\.\\d+)?")) {
            return true;
        }
        if (v.matches("[A-Z][a-z]+")) {
            return false; // "Note", "Source": an English word
        }
        return v.matches("[A-Za-z0-9_.\\-/+*]+|\\$\\{[A-Za-z0-9_]+}");
    }

    private static List<EnumValue> distinct(List<EnumValue> values) {
        Set<String> seen = new LinkedHashSet<>();
        List<EnumValue> out = new ArrayList<>();
        for (EnumValue v : values) {
            if (seen.add(v.value())) {
                out.add(v);
            }
        }
        return out;
    }

    private static String joinValues(List<EnumValue> values) {
        StringBuilder b = new StringBuilder();
        for (EnumValue v : values) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(v.value());
        }
        return b.toString();
    }

    private static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'")
                || t.startsWith("“") && t.endsWith("”"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static final class Acc {
        BigDecimal min;
        BigDecimal max;
        String defaultValue;
        boolean nullable;
        final List<EnumValue> enumValues = new ArrayList<>();
        final List<String> prose = new ArrayList<>();
        final List<Provenance> provenance = new ArrayList<>();

        void min(String v, Line line, String evidence) {
            if (min == null) {
                min = new BigDecimal(v);
                prov("min", line, evidence);
            }
        }

        void max(String v, Line line, String evidence) {
            if (max == null) {
                max = new BigDecimal(v);
                prov("max", line, evidence);
            }
        }

        void range(String lo, String hi, Line line, String evidence) {
            BigDecimal a = new BigDecimal(lo);
            BigDecimal b = new BigDecimal(hi);
            if (a.compareTo(b) > 0) {
                return;
            }
            min(lo, line, evidence.trim());
            max(hi, line, evidence.trim());
        }

        void prov(String kind, Line line, String evidence) {
            provenance.add(new Provenance(kind, line.location(), evidence.trim().toLowerCase(Locale.ROOT).isEmpty()
                    ? line.text() : evidence.trim()));
        }
    }
}
