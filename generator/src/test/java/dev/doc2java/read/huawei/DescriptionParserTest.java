package dev.doc2java.read.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.SourceLocation;
import dev.doc2java.model.EnumValue;
import dev.doc2java.model.ConstraintKind;
import dev.doc2java.model.Provenance;
import dev.doc2java.read.huawei.DescriptionParser.Bounded;
import dev.doc2java.read.huawei.DescriptionParser.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionParserTest {

    private static final SourceLocation AT = SourceLocation.of("page.html", 7);

    /** Lines; a line starting with "- " is a bullet item. */
    private static List<Line> lines(String... texts) {
        List<Line> out = new ArrayList<>();
        for (String t : texts) {
            out.add(t.startsWith("- ") ? new Line(t.substring(2), true, AT) : new Line(t, false, AT));
        }
        return out;
    }

    private static DescriptionFacts parse(Bounded b, String... texts) {
        return DescriptionParser.parse(lines(texts), b, false, List.of());
    }

    private static DescriptionFacts parseInt(String... texts) {
        return DescriptionParser.parse(lines(texts), Bounded.VALUE, true, List.of());
    }

    private static List<String> values(DescriptionFacts f) {
        return f.enumValues().stream().map(EnumValue::value).toList();
    }

    @Test
    void minimumAndMaximumAreLengthsForStringsAndValuesForNumbers() {
        DescriptionFacts s = parse(Bounded.LENGTH, "Specifies the ID.", "Minimum: 1", "Maximum: 36");
        assertEquals(new BigDecimal("1"), s.min());
        assertEquals(new BigDecimal("36"), s.max());
        DescriptionFacts n = parse(Bounded.VALUE, "Specifies the port.", "Minimum: 1", "Maximum: 65535", "Default: 80");
        assertEquals(new BigDecimal("65535"), n.max());
        assertEquals("80", n.defaultValue());
        // every constraint says where and in what words
        assertTrue(n.provenance().stream().anyMatch(p -> p.kind() == ConstraintKind.MAX && p.evidence().equals("Maximum: 65535")
                && p.at().equals(AT)));
        assertTrue(n.provenance().stream().map(Provenance::kind).toList().containsAll(List.of(ConstraintKind.MIN, ConstraintKind.MAX, ConstraintKind.DEFAULT)));
    }

    @Test
    void arraysTakeOnlyArrayLengths() {
        DescriptionFacts a = parse(Bounded.SIZE, "The IDs.", "Minimum: 1", "Maximum: 36", "Array Length: 1 - 10");
        assertEquals(new BigDecimal("1"), a.min());
        assertEquals(new BigDecimal("10"), a.max());
    }

    @Test
    void proseRanges() {
        DescriptionFacts s = parse(Bounded.LENGTH, "The name can contain 1 to 64 characters. Only letters are allowed.");
        assertEquals(new BigDecimal("1"), s.min());
        assertEquals(new BigDecimal("64"), s.max());
        DescriptionFacts max = parse(Bounded.LENGTH, "The value contains a maximum of 255 characters.");
        assertNull(max.min());
        assertEquals(new BigDecimal("255"), max.max());
        DescriptionFacts n = parse(Bounded.VALUE, "The port number ranges from 1 to 65535.");
        assertEquals(new BigDecimal("1"), n.min());
        assertEquals(new BigDecimal("65535"), n.max());
        // a number range is not read as a string length, nor the other way round
        assertNull(parse(Bounded.LENGTH, "The value ranges from 1 to 100.").max());
        assertNull(parse(Bounded.VALUE, "The name can contain 1 to 64 characters.").max());
        assertNull(parse(Bounded.NONE, "Minimum: 1").min());
    }

    @Test
    void chineseBounds() {
        DescriptionFacts s = parse(Bounded.LENGTH, "监听器名称。", "最小长度：1", "最大长度：255");
        assertEquals(new BigDecimal("1"), s.min());
        assertEquals(new BigDecimal("255"), s.max());
        DescriptionFacts n = parse(Bounded.VALUE, "权重。", "最小值：0", "最大值：100", "缺省值：1");
        assertEquals(new BigDecimal("0"), n.min());
        assertEquals(new BigDecimal("100"), n.max());
        assertEquals("1", n.defaultValue());
        DescriptionFacts r = parse(Bounded.VALUE, "超时时间，取值范围：1-300。");
        assertEquals(new BigDecimal("1"), r.min());
        assertEquals(new BigDecimal("300"), r.max());
        DescriptionFacts l = parse(Bounded.LENGTH, "描述信息，长度不超过255个字符。");
        assertEquals(new BigDecimal("255"), l.max());
    }

    @Test
    void enumerationsSplitValueFromExplanation() {
        DescriptionFacts f = parse(Bounded.LENGTH, "Specifies the provisioning status. The value can be one of the following:",
                "- ACTIVE: The resource is running.", "- PENDING: The status is to be determined.",
                "- ERROR: Failed to create the resource.");
        assertEquals(List.of("ACTIVE", "PENDING", "ERROR"), values(f));
        assertEquals("The resource is running.", f.enumValues().get(0).documentation());
        assertTrue(f.proseValues().isEmpty());
        assertTrue(f.provenance().stream().anyMatch(p -> p.kind() == ConstraintKind.ENUM));
    }

    @Test
    void proseBulletsAreNoEnumeration() {
        DescriptionFacts f = parse(Bounded.LENGTH, "Specifies the client affinity. The value can be one of the following:",
                "- Source IP address: Requests from the same IP address are forwarded to the same endpoint.",
                "- NONE: Requests are evenly forwarded across the endpoints.");
        assertTrue(f.enumValues().isEmpty());
        assertEquals(1, f.proseValues().size());
        // requirements listed as bullets without an announcement are just prose
        DescriptionFacts req = parse(Bounded.LENGTH, "The key must meet the following requirements:",
                "- The key can contain 1 to 128 characters.", "- Tags starting with _sys_ are system tags.");
        assertTrue(req.enumValues().isEmpty());
        assertTrue(req.proseValues().isEmpty());
        assertEquals(new BigDecimal("128"), req.max());
    }

    @Test
    void integerEnumerationsWithDefault() {
        DescriptionFacts f = parseInt("Specifies the status. The value can be one of the following:",
                "- 0: unfrozen/normal (The cloud service will recover after being unfrozen.)",
                "- 1: frozen", "- 2: deleted/terminated");
        assertEquals(List.of("0", "1", "2"), values(f));
        DescriptionFacts d = parseInt("The value can be one of the following:", "- 1 (default): can be released.",
                "- 2: cannot be released.");
        assertEquals(List.of("1", "2"), values(d));
        assertEquals("1", d.defaultValue());
    }

    @Test
    void inlineEnumerationsNeedCodeLikeWords() {
        DescriptionFacts f = DescriptionParser.parse(lines("Specifies the protocol. The value can be TCP, HTTP, UDP, or TERMINATED_HTTPS."),
                Bounded.LENGTH, false, List.of("TCP", "HTTP", "UDP", "TERMINATED_HTTPS"));
        assertEquals(List.of("TCP", "HTTP", "UDP", "TERMINATED_HTTPS"), values(f));
        assertTrue(parse(Bounded.LENGTH, "The value can be left blank or a valid name.").enumValues().isEmpty());
    }

    @Test
    void chineseEnumerations() {
        DescriptionFacts f = parse(Bounded.LENGTH, "负载均衡算法。取值：", "- ROUND_ROBIN：加权轮询算法。",
                "- LEAST_CONNECTIONS：加权最少连接算法。", "- SOURCE_IP：源IP算法。");
        assertEquals(List.of("ROUND_ROBIN", "LEAST_CONNECTIONS", "SOURCE_IP"), values(f));
    }

    @Test
    void flattenedCellsAndChineseInlineValues() {
        DescriptionFacts f = parse(Bounded.LENGTH, "Specifies the ID.Minimum: 1Maximum: 36");
        assertEquals(new BigDecimal("1"), f.min());
        assertEquals(new BigDecimal("36"), f.max());
        DescriptionFacts cn = parse(Bounded.LENGTH, "监听器协议。取值为TCP、UDP、HTTP或HTTPS。");
        assertEquals(List.of("TCP", "UDP", "HTTP", "HTTPS"), values(cn));
        assertTrue(parse(Bounded.LENGTH, "名称。取值为字母、数字组成的字符串。").enumValues().isEmpty());
    }

    @Test
    void nullable() {
        assertTrue(parse(Bounded.LENGTH, "- The value can be empty or null.").nullable());
        assertTrue(parse(Bounded.LENGTH, "The value can be null.").nullable());
        assertFalse(parse(Bounded.LENGTH, "The value cannot be empty.").nullable());
    }

    @Test
    void conditionalBoundsBecomeTheLoosestRangeAndConditionalDefaultsAreDropped() {
        DescriptionFacts f = parse(Bounded.VALUE, "Specifies the idle timeout duration, in seconds.",
                "For TCP listeners, the value ranges from 10 to 4000, and the default value is 300. For HTTP and HTTPS "
                        + "listeners, the value ranges from 0 to 4000, and the default value is 60.");
        assertEquals(new BigDecimal("0"), f.min());
        assertEquals(new BigDecimal("4000"), f.max());
        assertNull(f.defaultValue());
        // one alternative only: no bound on the side it alone states
        DescriptionFacts one = parse(Bounded.VALUE, "The value ranges from 1 to 300. For TCP listeners, the value ranges from 10 to 4000.");
        assertEquals(new BigDecimal("1"), one.min());
        assertEquals(new BigDecimal("4000"), one.max());
    }

    @Test
    void defaultsStatedForOneCaseAreNotDefaults() {
        assertNull(parse(Bounded.NONE, "Shared load balancers: The value can be true or false, and the default value is false "
                + "for TCP and UDP listeners. If this parameter is not passed, the default value is true.").defaultValue());
        assertNull(parse(Bounded.NONE, "The default value is false for TCP and UDP listeners.").defaultValue());
        assertEquals("10", parse(Bounded.VALUE, "If this parameter is not specified, the default value is 10.").defaultValue());
        assertEquals("60", parse(Bounded.VALUE, "The value ranges from 1 to 300, and the default value is 60.").defaultValue());
        DescriptionFacts cn = parse(Bounded.VALUE, "取值范围：", "TCP监听器：10-4000s，默认值为300s。", "若为HTTP/HTTPS监听器，取值范围为（0-4000s）默认值为60s。");
        assertNull(cn.defaultValue());
        assertTrue(cn.min() == null || cn.min().signum() <= 0, "never the TCP-only minimum 10: " + cn.min());
    }

    @Test
    void inlineDefaultMarks() {
        assertEquals("false", parse(Bounded.NONE, "The value can be true or false (default).").defaultValue());
        assertEquals("true", parse(Bounded.NONE, "Specifies whether to enable access control.", "true (default): enabled.").defaultValue());
    }

    @Test
    void inlineEnumerationEndsWhereTheNextClauseBegins() {
        DescriptionFacts f = DescriptionParser.parse(lines("The value can be tls-1-0, tls-1-1, tls-1-2, or tls-1-2-strict, "
                + "and the default value is tls-1-0."), Bounded.LENGTH, false, List.of("tls-1-0", "tls-1-1", "tls-1-2", "tls-1-2-strict"));
        assertEquals(List.of("tls-1-0", "tls-1-1", "tls-1-2", "tls-1-2-strict"),
                f.enumValues().stream().map(v -> v.value()).toList());
        assertEquals("tls-1-0", f.defaultValue());
    }
}
