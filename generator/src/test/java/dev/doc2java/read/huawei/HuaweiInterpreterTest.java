package dev.doc2java.read.huawei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.HttpLocation;
import dev.doc2java.model.ErrorRef;
import dev.doc2java.model.Member;
import dev.doc2java.model.ShapeId;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;
import dev.doc2java.read.table.TableDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The interpreter on table documents built in code (no reader involved). */
class HuaweiInterpreterTest {

    private static final String P4 = "Parameter|Mandatory|Type|Description";
    private static final String P3 = "Parameter|Type|Description";

    private final Diagnostics diagnostics = new Diagnostics();

    private ServiceModel read(TableDocument... docs) {
        return HuaweiReader.interpret("svc", List.of(docs), diagnostics);
    }

    private static Operation op(ServiceModel m) {
        assertEquals(1, m.operations().size());
        return m.operations().get(0);
    }

    private static StructureShape struct(ServiceModel m, String name) {
        return (StructureShape) m.require(name);
    }

    private static StructureShape struct(ServiceModel m, ShapeId id) {
        return struct(m, id.name());
    }

    private static Member member(ServiceModel m, ShapeId shape, String name) {
        return member(m, shape.name(), name);
    }

    private static Member member(ServiceModel m, String shape, String name) {
        return struct(m, shape).member(name).orElseThrow(() -> new AssertionError(shape + " has no " + name));
    }

    /** The structure a member leads to, through lists. */
    private static StructureShape target(ServiceModel m, Member member) {
        Shape s = m.require(member.target());
        while (s instanceof ListShape l) {
            s = m.require(l.member());
        }
        return (StructureShape) s;
    }

    private static DocBuilder listenerPage(String path) {
        return new DocBuilder(path, "Adding a Listener")
                .heading("Function").paragraph("This API is used to add a listener.")
                .heading("URI").paragraph("POST /v3/{project_id}/elb/listeners")
                .table("", "Table 1 Path parameters", P4, "project_id|Yes|String|Specifies the project ID.")
                .heading("Request Parameters")
                .table("", "Table 2 Request header parameters", P4, "X-Auth-Token|Yes|String|Specifies the token.")
                .table("", "Table 3 Request body parameters", P4,
                        "listener|Yes|[CreateListenerOption](#X__request_CreateListenerOption) object|Specifies the listener.")
                .table("X__request_CreateListenerOption", "Table 4 CreateListenerOption", P4,
                        "name|No|String|Specifies the name.\\nMinimum: **0**\\nMaximum: **255**",
                        "protocol_port|Yes|Integer|Specifies the port.\\nMinimum: **1**\\nMaximum: **65535**",
                        "port_ranges|Yes|Array of PortRange objects|The ranges.")
                .table("", "Table 5 PortRange", P4, "from_port|Yes|Integer|Start.", "to_port|Yes|Integer|End.")
                .heading("Response Parameters")
                .paragraph("Status code: 201")
                .table("", "Table 6 Response body parameters", P3, "listener|Listener object|The listener.",
                        "request_id|String|The request ID.")
                .table("", "Table 7 Listener", P3, "id|String|The ID.", "port_ranges|Array of PortRange objects|The ranges.")
                .table("", "Table 8 PortRange", P3, "from_port|Integer|Start.", "to_port|Integer|End.")
                .heading("Example Requests")
                .code("POST https://{elb_endpoint}/v3/99a3fff0d03c428eac3678da6a7d0f24/elb/listeners\n\n"
                        + "{\n  \"listener\" : {\n    \"name\" : \"l1\", \"protocol_port\" : 80,\n"
                        + "    \"port_ranges\" : [ { \"from_port\" : 1, \"to_port\" : 2 } ]\n  }\n}")
                .heading("Example Responses")
                .paragraph("Status code: 201")
                .code("{\n  \"listener\" : { \"id\" : \"x\" },\n  \"request_id\" : \"r\"\n}")
                .heading("Status Codes")
                .table("", null, "Status Code|Description", "201|Created.", "400|Bad request.");
    }

    @Test
    void operationPageEndToEnd() {
        ServiceModel m = read(listenerPage("elb/CreateListener.html").build());
        assertEquals("elb", m.id(), "service id from {elb_endpoint}");
        Operation op = op(m);
        assertEquals("CreateListener", op.name());
        assertEquals("POST", op.http().method());
        assertEquals("/v3/{project_id}/elb/listeners", op.http().uri());
        assertEquals("elb/CreateListener.html", op.source().file());
        assertEquals("This API is used to add a listener.", op.documentation());
        assertEquals(List.of(201, 400), op.responses().stream().map(r -> r.status()).toList());
        assertEquals(op.output(), op.responses().get(0).shape());
        assertNull(op.responses().get(1).shape());
        assertEquals(List.of("X-Auth-Token"), op.authentication());
        assertEquals(2, op.examples().size());
        assertEquals("POST", op.examples().get(0).method());
        assertEquals(201, op.examples().get(1).status());

        Member path = member(m, op.input(), "project_id");
        assertEquals(HttpLocation.PATH, path.location());
        assertTrue(path.required());
        Member token = member(m, op.input(), "X-Auth-Token");
        assertEquals(HttpLocation.HEADER, token.location());
        assertTrue(token.has(MemberTrait.AUTH));
        assertTrue(token.required(), "Mandatory: Yes on the page; the credential provider fills it");
        Member body = member(m, op.input(), "listener");
        assertEquals(HttpLocation.BODY, body.location());
        assertEquals("CreateListenerOption", body.target().name());
        Member port = member(m, "CreateListenerOption", "protocol_port");
        assertEquals(new BigDecimal("1"), port.constraints().min());
        assertEquals(new BigDecimal("65535"), port.constraints().max());
        assertFalse(port.constraints().provenance().isEmpty());
        assertEquals(new BigDecimal("255"), member(m, "CreateListenerOption", "name").constraints().max());

        // the request PortRange (Mandatory column) and the response PortRange (none) are one shape
        // with the request side's required flags
        StructureShape requestRange = target(m, member(m, "CreateListenerOption", "port_ranges"));
        StructureShape responseRange = target(m, member(m, "Listener", "port_ranges"));
        assertEquals("PortRange", requestRange.name());
        assertEquals(requestRange.name(), responseRange.name());
        assertTrue(requestRange.member("from_port").orElseThrow().required());
    }

    @Test
    void foldingAcrossPagesIsIndependentOfOrder() {
        TableDocument a = listenerPage("elb/CreateListener.html").build();
        TableDocument b = listenerPage("elb/CreateListener2.html").build();
        ServiceModel ab = HuaweiReader.interpret("elb", List.of(a, b), new Diagnostics());
        ServiceModel ba = HuaweiReader.interpret("elb", List.of(b, a), new Diagnostics());
        assertEquals(ModelJson.write(ab), ModelJson.write(ba));
        // identical structures of the two pages are one type
        assertEquals(member(ab, "CreateListenerRequest", "listener").target(),
                member(ab, "CreateListener2Request", "listener").target());
        long portRanges = ab.shapes().keySet().stream().filter(n -> n.matches("PortRange\\d*")).count();
        assertEquals(1, portRanges, ab.shapes().keySet().toString());
    }

    @Test
    void nestedTablesByTableNumberAndFieldCaption() {
        TableDocument doc = new DocBuilder("elb/old.html", "Adding a Listener")
                .heading("URI").paragraph("POST /v2.0/lbaas/listeners")
                .heading("Request")
                .table("", "Table 1 Parameter description", P4,
                        "listener|Yes|Object|Specifies the listener. For details, see [Table 2](#old__table2).")
                .table("old__table2", "Table 2 listener parameter description", P4,
                        "name|No|String|The name.", "tags|No|Array|The tags. For details, see Table 3.")
                .table("", "Table 3 tags parameter description", P4, "key|Yes|String|Key.", "value|Yes|String|Value.")
                .heading("Response")
                .table("", "Table 4 Response parameters", P3, "listener|Object|The listener. For details, see Table 5.")
                .table("", "Table 5 listener parameter description", P3, "id|String|ID.", "name|String|Name.")
                .build();
        ServiceModel m = read(doc);
        Operation op = op(m);
        Member listener = member(m, op.input(), "listener");
        assertEquals(HttpLocation.BODY, listener.location());
        StructureShape options = target(m, listener);
        assertEquals(List.of("name", "tags"), options.members().stream().map(Member::name).toList());
        StructureShape tag = target(m, options.member("tags").orElseThrow());
        assertEquals(List.of("key", "value"), tag.members().stream().map(Member::name).toList());
        StructureShape out = target(m, member(m, op.output(), "listener"));
        assertEquals(List.of("id", "name"), out.members().stream().map(Member::name).toList());
        assertEquals("AddListener", op.name(), "the title as a verb phrase");
    }

    @Test
    void operationNamesFromTheBestEvidence() {
        TableDocument body = new DocBuilder("ga/adding-a-thing.txt", "Adding a Thing")
                .heading("URI").paragraph("POST /v1/things")
                .heading("Request")
                .table("", "Table 1 Request body parameters", P4, "thing|Yes|CreateThingOption object|The thing.")
                .table("", "Table 2 CreateThingOption", P4, "name|Yes|String|The name.")
                .build();
        assertEquals("CreateThing", op(read(body)).name(), "the request body object minus its role suffix");
        TableDocument explorer = new DocBuilder("elb/some_page_01.html", "Adding a Thing")
                .paragraph("Try it in [API Explorer](https://console.example.com/apiexplorer/#/openapi/ELB/doc?api=MakeThing).")
                .heading("URI").paragraph("POST /v1/things")
                .heading("Request")
                .table("", "Table 1 Request body parameters", P4, "thing|Yes|CreateThingOption object|The thing.")
                .table("", "Table 2 CreateThingOption", P4, "name|Yes|String|The name.")
                .build();
        assertEquals("MakeThing", op(read(explorer)).name(), "the API name the page states");
    }

    @Test
    void crossPageAnchorsReachDataStructurePages() {
        TableDocument page = new DocBuilder("ims/op.md", "查询")
                .heading("URI").paragraph("GET /v2/\\{project\\_id\\}/images{?limit,marker}")
                .heading("响应参数")
                .table("", "表 1 响应Body参数", "参数|参数类型|描述", "images|Array of [Image](structs.md#Image) objects|镜像列表。")
                .build();
        TableDocument structs = new DocBuilder("ims/structs.md", "数据结构")
                .table("Image", "表 1 Image", "参数|参数类型|描述", "id|String|ID。", "size|Long|大小。")
                .build();
        ServiceModel m = read(page, structs);
        Operation op = op(m);
        assertEquals("/v2/{project_id}/images", op.http().uri(), "escapes undone, query template cut");
        assertEquals(HttpLocation.QUERY, member(m, op.input(), "limit").location());
        assertEquals(HttpLocation.QUERY, member(m, op.input(), "marker").location());
        assertEquals(HttpLocation.PATH, member(m, op.input(), "project_id").location());
        StructureShape image = target(m, member(m, op.output(), "images"));
        assertEquals("Image", image.name());
        assertEquals("Long", image.member("size").orElseThrow().target().name());
        assertTrue(diagnostics.sorted().stream().anyMatch(d -> d.code().equals("huawei.page-skipped")
                && d.location().file().equals("ims/structs.md")), diagnostics.sorted().toString());
    }

    @Test
    void headingWinsOverCaptionAndGenericTablesFollowTheMethod() {
        TableDocument doc = new DocBuilder("x/list.html", "Querying Things")
                .heading("URI").paragraph("GET /v1/{project_id}/things")
                .table("", "Table 1 Parameter description", P4, "project_id|Yes|String|Project.",
                        "limit|No|Integer|Page size. The value ranges from 1 to 100.")
                .heading("Response")
                .table("", "Table 2 Request parameters", P3, "things|Array of strings|The things.")
                .build();
        ServiceModel m = read(doc);
        Operation op = op(m);
        assertEquals(HttpLocation.PATH, member(m, op.input(), "project_id").location());
        Member limit = member(m, op.input(), "limit");
        assertEquals(HttpLocation.QUERY, limit.location());
        assertEquals(new BigDecimal("100"), limit.constraints().max());
        assertNotNull(op.output(), "a table under the Response heading is the response, whatever its caption says");
        assertTrue(struct(m, op.output()).member("things").isPresent());
        assertEquals("QueryThings", op.name());
    }

    @Test
    void enumsAndNullable() {
        TableDocument doc = new DocBuilder("ga/CreateThing.html", "Creating a Thing")
                .heading("URI").paragraph("POST /v1/things")
                .heading("Request Parameters")
                .table("", "Table 1 Request body parameters", P4,
                        "mode|No|String|The mode. The value can be one of the following:\\n- FAST: fast.\\n- SLOW: slow.",
                        "affinity|No|String|The value can be one of the following:\\n- Source IP address: by source.\\n- NONE: none.",
                        "level|No|Integer|The level. The value can be one of the following:\\n- 0: low\\n- 1 (default): high",
                        "note|No|String|A note.\\n- The value can be empty or null.")
                .heading("Example Requests")
                .code("POST https://{ga_endpoint}/v1/things\n\n{ \"mode\" : \"FAST\", \"affinity\" : \"SOURCE_IP\" }")
                .build();
        ServiceModel m = read(doc);
        Operation op = op(m);
        Shape mode = m.require(member(m, op.input(), "mode").target());
        assertEquals(List.of("FAST", "SLOW"), ((SimpleShape) mode).constraints().enumNames());
        assertEquals("String", member(m, op.input(), "affinity").target().name(), "prose values make no enumeration");
        assertTrue(diagnostics.sorted().stream().anyMatch(d -> d.code().equals("huawei.enum-prose")
                && d.message().contains("SOURCE_IP")));
        Member level = member(m, op.input(), "level");
        SimpleShape levels = (SimpleShape) m.require(level.target());
        assertEquals(ShapeType.INTEGER, levels.type());
        assertEquals(List.of("0", "1"), levels.constraints().enumNames());
        assertEquals("1", level.constraints().defaultValue());
        assertTrue(member(m, op.input(), "note").has(MemberTrait.NULLABLE));
        assertEquals("ga", m.id());
    }

    @Test
    void examplesOverruleListedValuesTheyContradict() {
        TableDocument doc = new DocBuilder("x/ShowThing.html", "Querying a Thing")
                .heading("URI").paragraph("GET /v1/things/{id}")
                .heading("Response Parameters")
                .table("", "Table 1 Response body parameters", P3,
                        "status|String|The status. The value can be one of the following:\\n- ACTIVE: on.\\n- DOWN: off.",
                        "level|Integer|The value can be one of the following:\\n- 0: low\\n- 1: high")
                .heading("Example Responses")
                .code("{ \"status\" : \"ERROR\", \"level\" : 1, \"extra\" : { \"a\" : true } }")
                .build();
        ServiceModel m = read(doc);
        Operation op = op(m);
        assertEquals("String", member(m, op.output(), "status").target().name());
        assertTrue(((SimpleShape) m.require(member(m, op.output(), "level").target())).isEnum());
        Member extra = member(m, op.output(), "extra");
        assertEquals("Boolean", target(m, extra).member("a").orElseThrow().target().name());
        assertTrue(diagnostics.sorted().stream().anyMatch(d -> d.code().equals("huawei.enum-example-conflict")));
        assertTrue(diagnostics.sorted().stream().anyMatch(d -> d.code().equals("huawei.example-only-field")));
    }

    @Test
    void alternativeBodiesAndErrorCodes() {
        TableDocument doc = new DocBuilder("ims/ims_1.md", "制作镜像")
                .heading("URI").paragraph("POST /v2/cloudimages/action")
                .heading("请求消息")
                .bullets("使用云服务器制作镜像时的请求参数")
                .table("", null, "参数|是否必选|参数类型|描述", "name|是|String|名称。", "instance_id|是|String|云服务器ID。")
                .bullets("使用数据卷制作镜像时的请求参数")
                .table("", null, "参数|是否必选|参数类型|描述", "name|是|String|名称。", "data_images|是|Array of objects|数据盘。")
                .heading("错误码")
                .table("", null, "状态码|错误码|错误信息", "400|IMS.0001|参数错误。")
                .build();
        ServiceModel m = read(doc);
        Operation op = op(m);
        assertTrue(member(m, op.input(), "name").required(), "required in every alternative");
        assertFalse(member(m, op.input(), "instance_id").required());
        assertFalse(member(m, op.input(), "data_images").required());
        assertEquals(List.of(ErrorRef.code("IMS.0001")), op.errors());
        assertEquals("PostCloudimagesAction", op.name(), "Chinese title: named after method and path");
        assertEquals("svc", m.id(), "no page names the service: the directory name");
    }

    @Test
    void unknownTypesWarnAndGuess() {
        TableDocument doc = new DocBuilder("x/t.html", "Thing")
                .heading("URI").paragraph("PUT /v1/things")
                .heading("Request")
                .table("", "Table 1 Request body parameters", P4, "a|No|Sting|A.", "b|No|Integer/Boolean|B.",
                        "c|No|Missing object|C.")
                .build();
        ServiceModel m = read(doc);
        Operation op = op(m);
        assertEquals("String", member(m, op.input(), "a").target().name());
        assertEquals("Integer", member(m, op.input(), "b").target().name());
        assertEquals("Document", member(m, op.input(), "c").target().name());
        List<String> codes = new ArrayList<>();
        for (Diagnostic d : diagnostics.sorted()) {
            codes.add(d.code());
        }
        assertEquals(List.of("huawei.unknown-type", "huawei.unknown-type", "huawei.unresolved-object"), codes);
    }

    @Test
    void subHeadingsAndStatusHeadingsStayInTheirSection() {
        TableDocument doc = new TableDocument("x/s.html", "Querying Things", dev.doc2java.diag.SourceLocation.of("x/s.html", 1),
                List.of(
                        new TableDocument.Heading(2, DocBuilder.text("URI"), "", dev.doc2java.diag.SourceLocation.of("x/s.html", 2)),
                        new TableDocument.Paragraph(DocBuilder.text("GET /v1/things"), dev.doc2java.diag.SourceLocation.of("x/s.html", 3)),
                        new TableDocument.Heading(2, DocBuilder.text("Response Body"), "", dev.doc2java.diag.SourceLocation.of("x/s.html", 4)),
                        new TableDocument.Heading(3, DocBuilder.text("Status code: 202"), "", dev.doc2java.diag.SourceLocation.of("x/s.html", 5)),
                        new TableDocument.Heading(3, DocBuilder.text("Fields"), "", dev.doc2java.diag.SourceLocation.of("x/s.html", 6))));
        TableDocument withTable = new DocBuilder("x/s.html", "Querying Things").build();
        List<TableDocument.Block> blocks = new ArrayList<>(doc.blocks());
        blocks.addAll(new DocBuilder("x/s.html", "t").table("", null, P3, "count|Integer|How many.").build().blocks());
        ServiceModel m = read(new TableDocument(doc.path(), withTable.title(), doc.titleLocation(), blocks));
        Operation op = op(m);
        assertEquals(202, op.responses().get(0).status());
        assertEquals("Integer", member(m, op.output(), "count").target().name());
    }

    @Test
    void uriTablesAndSharedWireNames() {
        TableDocument doc = new DocBuilder("x/u.html", "Updating a Thing")
                .heading("URI")
                .table("", null, "Method|URI", "PUT|https://{endpoint}/v1/things/{id}?dry_run={dry_run}")
                .heading("Request")
                .table("", "Table 1 Request body parameters", P4, "id|Yes|String|The new ID.")
                .heading("Example Requests")
                .code("PUT https://{endpoint}/v1/things/1\n\n{ \"id\" : \"2\", \"note\" : \"n\" }")
                .build();
        ServiceModel m = read(doc);
        Operation op = op(m);
        assertEquals("PUT", op.http().method());
        assertEquals("/v1/things/{id}", op.http().uri());
        StructureShape input = struct(m, op.input());
        assertEquals(List.of("id", "dry_run", "id_body", "note"), input.members().stream().map(Member::name).toList());
        assertEquals("id", input.member("id_body").orElseThrow().wireName());
        assertEquals(HttpLocation.BODY, input.member("note").orElseThrow().location());
    }

    @Test
    void queryArrayFiltersTakeTheResponseFieldType() {
        TableDocument doc = new DocBuilder("x/ListThings.html", "Querying Things")
                .heading("URI").paragraph("GET /v3/things")
                .table("", "Table 1 Query parameters", P4, "port|No|Array|Filter. Multiple ports: port=1&port=2.",
                        "name|No|Array|Filter by name.")
                .heading("Response Parameters")
                .table("", "Table 2 Response body parameters", P3, "things|Array of Thing objects|The things.")
                .table("", "Table 3 Thing", P3, "port|Integer|The port.", "label|String|The label.")
                .build();
        ServiceModel m = read(doc);
        Operation op = op(m);
        assertEquals("Integer", ((ListShape) m.require(member(m, op.input(), "port").target())).member().name());
        assertEquals("String", ((ListShape) m.require(member(m, op.input(), "name").target())).member().name());
        assertEquals(HttpLocation.QUERY, member(m, op.input(), "port").location());
    }

    @Test
    void nonOperationPagesAreSkippedWithAReason() {
        TableDocument doc = new DocBuilder("x/codes.html", "Status Codes")
                .table("", null, "Status Code|Description", "200|OK.").build();
        assertNull(read(doc));
        assertEquals(1, diagnostics.sorted().size());
        assertEquals("huawei.page-skipped", diagnostics.sorted().get(0).code());
    }
}
