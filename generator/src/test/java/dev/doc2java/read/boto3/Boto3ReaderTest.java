package dev.doc2java.read.boto3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.doc2java.diag.Diagnostic;
import dev.doc2java.diag.Diagnostics;
import dev.doc2java.model.ListShape;
import dev.doc2java.model.MapShape;
import dev.doc2java.model.ErrorRef;
import dev.doc2java.model.Member;
import dev.doc2java.model.ShapeId;
import dev.doc2java.model.MemberTrait;
import dev.doc2java.model.ModelJson;
import dev.doc2java.model.Operation;
import dev.doc2java.model.ServiceModel;
import dev.doc2java.model.Shape;
import dev.doc2java.model.ShapeTrait;
import dev.doc2java.model.ShapeType;
import dev.doc2java.model.SimpleShape;
import dev.doc2java.model.StructureShape;
import dev.doc2java.read.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boto3 interpreter on small pages written for the test. */
class Boto3ReaderTest {

    private record Read(List<ServiceModel> services, Diagnostics diagnostics) {
        ServiceModel only() {
            assertEquals(1, services.size(), services.toString());
            return services.get(0);
        }

        List<String> lines() {
            return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
        }
    }

    private static Read read(Page... pages) {
        Diagnostics d = new Diagnostics();
        List<ServiceModel> models = new Boto3Reader().read(List.of(pages), d);
        return new Read(models, d);
    }

    /** A per-method page of client {@code Demo} (service {@code demo}). */
    private static Page method(String name, String body) {
        String text = ":doc:`Demo <../../demo>` / Client / " + name + "\n\n"
                + ".. py:method:: Demo.Client." + name + "(**kwargs)\n\n" + body.indent(2);
        return new Page("demo/" + name + ".rst", "demo", text);
    }

    private static Member member(ServiceModel m, String shape, String name) {
        return ((StructureShape) m.require(shape)).member(name).orElseThrow();
    }

    private static Member member(ServiceModel m, ShapeId shape, String name) {
        return member(m, shape.name(), name);
    }

    private static Shape target(ServiceModel m, ShapeId shape, String name) {
        return target(m, shape.name(), name);
    }

    private static Shape target(ServiceModel m, String shape, String name) {
        return m.require(member(m, shape, name).target());
    }

    private static final String CREATE = """
            Creates a thing.

            See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/CreateThing>`_

            **Request Syntax**
            ::

              response = client.create_thing(
                  name='string',
                  protocol='HTTP'|'HTTPS',
                  action={
                      'forward': {
                          'weights': [
                              123,
                          ]
                      },
                      'fixed': {
                          'status': 123
                      }
                  },
                  tags={
                      'string': 'string'
                  },
                  clientToken='string'
              )

            :type name: string
            :param name: **[REQUIRED]**

              The name, at most 64 characters.

            :type protocol: string
            :param protocol: The protocol.

            :type action: dict
            :param action: **[REQUIRED]**

              The action.

              .. note::    This is a Tagged Union structure. Only one of the     following top level keys can be set: ``forward``, ``fixed``.

              - **forward** *(dict) --*

                Forward.

                - **weights** *(list) --* **[REQUIRED]**

                  The weights.

                  - *(integer) --*

              - **fixed** *(dict) --*

                Fixed.

                - **status** *(integer) --* **[REQUIRED]**

                  The status.

            :type tags: dict
            :param tags:

              The tags.

              - *(string) --*

                The key.

                - *(string) --*

                  The value.

            :type clientToken: string
            :param clientToken:

              A token.

              This field is autopopulated if not provided.

            :rtype: dict
            :returns:

              **Response Syntax**

              ::

                {
                    'name': 'string',
                    'created': datetime(2015, 1, 1),
                    'ratio': 123.0
                }

              **Response Structure**

              - *(dict) --*

                - **name** *(string) --*

                  The name.

                - **created** *(datetime) --*

                  When.

                - **ratio** *(float) --*

                  The ratio.

            **Exceptions**

            *   :py:class:`Demo.Client.exceptions.ValidationException`

            *   :py:class:`Demo.Client.exceptions.ConflictException`
            """;

    @Test
    void readsAnOperation() {
        Read r = read(method("create_thing", CREATE));
        assertEquals(List.of(), r.lines());
        ServiceModel m = r.only();
        assertEquals("demo", m.id());
        assertEquals("Demo", m.title());
        Operation op = m.operations().get(0);
        assertEquals("CreateThing", op.name());
        assertEquals("create_thing", op.pythonName());
        assertEquals("CreateThingRequest", op.input().name());
        assertEquals("CreateThingResponse", op.output().name());
        assertEquals(List.of(ErrorRef.shape("ValidationException"), ErrorRef.shape("ConflictException")), op.errors());
        assertEquals("<p>Creates a thing.</p>", op.documentation());
        assertEquals("demo/create_thing.rst:3:1", op.source().toString());
        assertTrue(m.require("ValidationException").has(ShapeTrait.EXCEPTION));

        StructureShape in = (StructureShape) m.require("CreateThingRequest");
        assertEquals(List.of("name", "protocol", "action", "tags", "clientToken"),
                in.members().stream().map(Member::name).toList());
        Member name = member(m, "CreateThingRequest", "name");
        assertTrue(name.required());
        assertEquals("String", name.target().name());
        assertEquals("<p>The name, at most 64 characters.</p>", name.documentation());
        assertEquals("demo/create_thing.rst:32:3", name.source().toString());
        SimpleShape protocol = (SimpleShape) target(m, "CreateThingRequest", "protocol");
        assertEquals(List.of("HTTP", "HTTPS"), protocol.constraints().enumNames());
        assertFalse(member(m, "CreateThingRequest", "protocol").required());
        StructureShape action = (StructureShape) target(m, "CreateThingRequest", "action");
        assertTrue(action.isUnion());
        ListShape weights = (ListShape) target(m, action.member("forward").orElseThrow().target(), "weights");
        // 'integer' on a boto3 page may be botocore's 32-bit integer or its 64-bit long: read as long.
        assertEquals("Long", weights.member().name());
        assertTrue(member(m, action.member("forward").orElseThrow().target(), "weights").required());
        MapShape tags = (MapShape) target(m, "CreateThingRequest", "tags");
        assertEquals("String", tags.key().name());
        assertEquals("String", tags.value().name());
        assertTrue(member(m, "CreateThingRequest", "clientToken").has(MemberTrait.IDEMPOTENCY_TOKEN));

        assertEquals("Timestamp", member(m, "CreateThingResponse", "created").target().name());
        assertEquals(ShapeType.DOUBLE, target(m, "CreateThingResponse", "ratio").type());
    }

    @Test
    void modelDoesNotDependOnPageOrder() {
        Page a = method("create_thing", CREATE);
        Page b = method("delete_thing", """
                Deletes.

                See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/DeleteThing>`_

                **Request Syntax**
                ::

                  response = client.delete_thing(
                      protocol='HTTP'|'HTTPS'
                  )

                :type protocol: string
                :param protocol: The protocol.

                :rtype: dict
                :returns: None
                """);
        String one = ModelJson.write(read(a, b).only());
        String two = ModelJson.write(read(b, a).only());
        assertEquals(one, two);
        ServiceModel m = read(a, b).only();
        Operation delete = m.operations().get(1);
        assertNull(delete.output(), "':returns: None' means no output");
        // The same enum is one shape.
        assertEquals(member(m, "CreateThingRequest", "protocol").target(), member(m, "DeleteThingRequest", "protocol").target());
    }

    @Test
    void linksRecursionToTheShapeTheUnionNoteNames() {
        Read r = read(method("run", """
                Runs.

                See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/Run>`_

                **Request Syntax**
                ::

                  response = client.run(
                      value={
                          'text': 'string',
                          'array': {
                              'strings': [
                                  'string',
                              ],
                              'arrays': [
                                  {'... recursive ...'},
                              ]
                          }
                      }
                  )

                :type value: dict
                :param value: The value.

                  .. note::    This is a Tagged Union structure. Only one of the     following top level keys can be set: ``text``, ``array``.

                  - **text** *(string) --*

                    Text.

                  - **array** *(dict) --*

                    An array.

                    .. note::    This is a Tagged Union structure. Only one of the     following top level keys can be set: ``strings``, ``arrays``.

                    - **strings** *(list) --*

                      Strings.

                      - *(string) --*

                    - **arrays** *(list) --*

                      Arrays.

                      - *(dict) --*

                        An array.

                        .. note::    This is a Tagged Union structure. Only one of the     following top level keys can be set: ``strings``, ``arrays``.

                :rtype: dict
                :returns: None
                """));
        assertEquals(List.of(), r.lines());
        ServiceModel m = r.only();
        ShapeId value = member(m, "RunRequest", "value").target();
        ShapeId array = member(m, value, "array").target();
        ListShape arrays = (ListShape) target(m, array, "arrays");
        assertEquals(array, arrays.member(), "the marker returns to the union the note names, not the outer one");
        assertTrue(m.require(array).has(ShapeTrait.RECURSIVE));
        assertTrue(((StructureShape) m.require(array)).isUnion());
    }

    @Test
    void linksRecursionToAMapByItsName() {
        Read r = read(method("get", """
                Gets.

                See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/Get>`_

                **Request Syntax**
                ::

                  response = client.get()

                :rtype: dict
                :returns:

                  **Response Syntax**

                  ::

                    {
                        'slots': {
                            'string': {
                                'value': 'string',
                                'values': [
                                    {'... recursive ...'},
                                ],
                                'subSlots': {'... recursive ...'}
                            }
                        }
                    }

                  **Response Structure**

                  - *(dict) --*

                    - **slots** *(dict) --*

                      The slots.

                      - *(string) --*

                        - *(dict) --*

                          A slot.

                          - **value** *(string) --*

                            The value.

                          - **values** *(list) --*

                            More values.

                            - *(dict) --*

                              A slot.

                          - **subSlots** *(dict) --*

                            The sub slots.
                """));
        ServiceModel m = r.only();
        Operation op = m.operations().get(0);
        assertNull(op.input(), "client.get() takes nothing");
        MapShape slots = (MapShape) target(m, "GetResponse", "slots");
        StructureShape slot = (StructureShape) m.require(slots.value());
        assertEquals(slot.id(), ((ListShape) m.require(slot.member("values").orElseThrow().target())).member(),
                "a list element returns to the shape with the same description");
        assertEquals(slots.id(), slot.member("subSlots").orElseThrow().target(), "subSlots returns to the map 'slots'");
    }

    @Test
    void streamingEventStreamsDocumentsAndDeprecation() {
        Read r = read(method("invoke", """
                Invokes.

                .. danger::

                      This operation is deprecated and may not function as expected.

                See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/Invoke>`_

                **Request Syntax**
                ::

                  response = client.invoke(
                      body=b'bytes'|file,
                      config={...}|[...]|123|123.4|'string'|True|None
                  )

                :type body: bytes or seekable file-like object
                :param body: The body.

                :type config: :ref:`document<document>`
                :param config: Free-form.

                :rtype: dict
                :returns:

                  The response of this operation contains an :class:`.EventStream` member.

                  **Response Syntax**

                  ::

                    {
                        'payload': StreamingBody(),
                        'stream': EventStream({
                            'chunk': {
                                'bytes': b'bytes'
                            }
                        })
                    }

                  **Response Structure**

                  - *(dict) --*

                    - **payload** (:class:`.StreamingBody`) --

                      The payload.

                    - **stream** (:class:`.EventStream`) --

                      The stream.

                      - **chunk** *(dict) --*

                        A chunk.

                        - **bytes** *(bytes) --*

                          Bytes.
                """));
        assertEquals(List.of(), r.lines());
        ServiceModel m = r.only();
        Operation op = m.operations().get(0);
        assertTrue(op.deprecated());
        Member body = member(m, "InvokeRequest", "body");
        assertTrue(body.has(MemberTrait.PAYLOAD));
        // b'bytes'|file and "bytes or seekable file-like object": a payload blob; only a response's
        // StreamingBody proves streaming.
        assertFalse(m.require(body.target()).has(ShapeTrait.STREAMING));
        assertEquals("Blob", body.target().name());
        assertEquals(ShapeType.DOCUMENT, target(m, "InvokeRequest", "config").type());
        assertTrue(target(m, "InvokeResponse", "payload").has(ShapeTrait.STREAMING));
        Shape stream = target(m, "InvokeResponse", "stream");
        assertTrue(stream.has(ShapeTrait.EVENT_STREAM));
        assertTrue(member(m, "InvokeResponse", "stream").has(MemberTrait.PAYLOAD));
        assertEquals("Blob", member(m, target(m, stream.name(), "chunk").name(), "bytes").target().name());
    }

    @Test
    void errorEventsAreTheDocumentedErrorsOrExceptionsOfTheirOwn() {
        Read r = read(method("watch", """
                Watches.

                See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/Watch>`_

                **Request Syntax**
                ::

                  response = client.watch(
                      name='string'
                  )

                :type name: string
                :param name: The name.

                :rtype: dict
                :returns:

                  The response of this operation contains an :class:`.EventStream` member.

                  **Response Syntax**

                  ::

                    {
                        'body': EventStream({
                            'chunk': {
                                'message': 'string'
                            },
                            'validationException': {
                                'message': 'string'
                            },
                            'throttlingException': {
                                'message': 'string'
                            },
                            'quotaException': {
                                'message': 'string'
                            }
                        })
                    }

                  **Response Structure**

                  - *(dict) --*

                    - **body** (:class:`.EventStream`) --

                      - **chunk** *(dict) --*

                        - **message** *(string) --*

                      - **validationException** *(dict) --*

                        Input validation failed.

                        - **message** *(string) --*

                      - **throttlingException** *(dict) --*

                        - **message** *(string) --*

                      - **quotaException** *(dict) --*

                        - **message** *(string) --*

                **Exceptions**

                *   :py:class:`Demo.Client.exceptions.ValidationException`
                """));
        assertEquals(List.of(), r.lines());
        ServiceModel m = r.only();
        Shape stream = target(m, "WatchResponse", "body");
        assertEquals("BodyStream", stream.name());
        assertTrue(stream.has(ShapeTrait.EVENT_STREAM));
        assertEquals("ValidationException", member(m, stream.name(), "validationException").target().name());
        Shape validation = m.require("ValidationException");
        assertTrue(validation.has(ShapeTrait.EXCEPTION));
        assertEquals("<p>Input validation failed.</p>", validation.documentation());
        assertEquals("String", member(m, "ValidationException", "message").target().name());
        Shape throttling = target(m, stream.name(), "throttlingException");
        Shape quota = target(m, stream.name(), "quotaException");
        assertEquals("ThrottlingException", throttling.name());
        assertEquals("QuotaException", quota.name());
        assertTrue(throttling.has(ShapeTrait.EXCEPTION) && quota.has(ShapeTrait.EXCEPTION));
        assertFalse(target(m, stream.name(), "chunk").has(ShapeTrait.EXCEPTION));
    }

    @Test
    void namesSayWhatAShapeIsNotWhoUsesItFirst() {
        Read r = read(method("put", """
                Puts.

                See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/Put>`_

                **Request Syntax**
                ::

                  response = client.put(
                      sessionAttributes={
                          'string': 'string'
                      },
                      requestAttributes={
                          'string': 'string'
                      },
                      intent={
                          'state': 'ON'|'OFF',
                          'contentType': 'PlainText'|'SSML'
                      },
                      levels={
                          'string': 'LOW'|'HIGH'
                      },
                      hints={
                          'string': {
                              'string': {
                                  'x': 'string'
                              }
                          }
                      }
                  )

                :returns: None
                """));
        ServiceModel m = r.only();
        assertEquals("StringMap", member(m, "PutRequest", "sessionAttributes").target().name(), "one map, two users: a neutral name");
        assertEquals("StringMap", member(m, "PutRequest", "requestAttributes").target().name());
        assertEquals("IntentState", member(m, "Intent", "state").target().name());
        assertEquals("IntentContentType", member(m, "Intent", "contentType").target().name());
        MapShape levels = (MapShape) target(m, "PutRequest", "levels");
        assertEquals("LevelMap", levels.name());
        assertEquals("LevelValue", levels.value().name());
        MapShape hints = (MapShape) target(m, "PutRequest", "hints");
        assertEquals("HintMap", hints.name());
        assertEquals("HintValueMap", hints.value().name());
        assertEquals("HintValue", ((MapShape) m.require(hints.value())).value().name());
    }

    @Test
    void tooLargeSectionIsReadFromWhatTheRestShows() {
        Read r = read(method("talk", """
                Talks.

                See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/Talk>`_

                **Request Syntax**
                ::

                  response = client.talk(
                      text='string'
                  )

                :type text: string
                :param text: **[REQUIRED]** The text.

                :rtype: dict
                :returns:

                  **Response Syntax**

                  ::

                    {
                        'answer': {
                            'text': 'string'
                        }
                    }

                  **Response Structure**
                  ::

                      # This section is too large to render.
                      # Please see the AWS API Documentation linked below.
                """));
        assertEquals(List.of("demo/talk.rst:35:9: warning: Response Structure is not rendered on this page (too large);"
                + " response types come from Response Syntax only, without documentation, and unions there cannot be"
                + " recognised [boto3.too-large]"), r.lines());
        ServiceModel m = r.only();
        StructureShape answer = (StructureShape) target(m, "TalkResponse", "answer");
        assertEquals("String", answer.member("text").orElseThrow().target().name());
    }

    @Test
    void perServicePageSkipsHelpersPaginatorsAndWaiters() {
        String page = """
                ****
                Demo
                ****

                ======
                Client
                ======

                .. py:class:: Demo.Client

                  A low-level client.

                  ::

                    import boto3

                    client = boto3.client('demo-svc')

                  .. py:method:: can_paginate(operation_name)

                    Check if an operation can be paginated.

                    :type operation_name: string
                    :param operation_name: The operation name.

                    :returns: ``True`` if the operation can be paginated.

                  .. py:method:: close()

                    Closes underlying endpoint connections.

                  .. py:method:: list_things(**kwargs)

                    Lists things.

                    See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/ListThings>`_

                    **Request Syntax**
                    ::

                      response = client.list_things(
                          Marker='string'
                      )
                    :type Marker: string
                    :param Marker: Where to start.

                    :rtype: dict
                    :returns:

                      **Response Syntax**

                      ::

                        {
                            'Things': [
                                'string',
                            ]
                        }
                      **Response Structure**

                      - *(dict) --*

                        - **Things** *(list) --*

                          The things.

                          - *(string) --*

                    **Examples**

                    ::

                      response = client.list_things(
                          Marker='abc',
                      )

                ==========
                Paginators
                ==========

                .. py:class:: Demo.Paginator.ListThings

                  ::

                    paginator = client.get_paginator('list_things')

                  .. py:method:: paginate(**kwargs)

                    **Request Syntax**
                    ::

                      response_iterator = paginator.paginate(
                          PaginationConfig={
                              'MaxItems': 123
                          }
                      )

                    :rtype: dict
                    :returns: None
                """;
        Read r = read(new Page("demo.rst", "per-service", page));
        assertEquals(List.of(), r.lines());
        ServiceModel m = r.only();
        assertEquals("demo-svc", m.id());
        assertEquals(List.of("list_things"), m.operations().stream().map(Operation::pythonName).toList());
        assertEquals(List.of("Marker"), ((StructureShape) m.require("ListThingsRequest")).members().stream()
                .map(Member::name).toList());
    }

    @Test
    void jsonValuesAreStringsAndSingleKeyMapsAreMaps() {
        Read r = read(method("tag", """
                Tags.

                See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/Tag>`_

                **Request Syntax**
                ::

                  response = client.tag(
                      Policy={...}|[...]|123|123.4|'string'|True|None,
                      Limits={
                          'READ': 123
                      }
                  )

                :type Policy: JSON serializable
                :param Policy: The policy.

                :type Limits: dict
                :param Limits: Limits by kind.

                  - *(string) --*

                    - *(integer) --*

                :rtype: dict
                :returns: None
                """));
        assertEquals(List.of(), r.lines());
        ServiceModel m = r.only();
        Member policy = member(m, "TagRequest", "Policy");
        assertEquals("String", policy.target().name());
        assertTrue(policy.has(MemberTrait.JSON_VALUE));
        MapShape limits = (MapShape) target(m, "TagRequest", "Limits");
        assertEquals(List.of("READ"), m.require(limits.key()).constraints().enumNames());
        assertEquals("Long", limits.value().name());
    }

    @Test
    void parametersSectionRunningIntoTheSyntaxBlockIsSplitOff() {
        Read r = read(method("check", """
                Checks.

                See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/Check>`_

                **Request Syntax**
                ::

                  response = client.check(
                      Rule={
                          'Name': 'string',
                          'Statement': {
                              'Not': {
                                  'ScopeDownStatement': {'... recursive ...'}
                              },
                              'Text': 'string'
                          }
                      }
                  )

                  **Parameters**
                  ::

                      # This section is too large to render.
                      # Please see the AWS API Documentation linked below.

                :rtype: dict
                :returns: None
                """));
        assertEquals(List.of("demo/check.rst:27:9: warning: Parameters are not rendered on this page (too large);"
                + " required flags, unions and documentation of the request are unknown beyond what Request Syntax"
                + " shows [boto3.too-large]"), r.lines());
        ServiceModel m = r.only();
        ShapeId statement = member(m, member(m, "CheckRequest", "Rule").target(), "Statement").target();
        ShapeId not = member(m, statement, "Not").target();
        assertEquals(statement, member(m, not, "ScopeDownStatement").target(),
                "a singular reference returns to the structure its name ends with");
    }

    @Test
    void brokenIndentationInADescriptionDoesNotEndTheItem() {
        Read r = read(method("get", """
                Gets.

                See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/Get>`_

                **Request Syntax**
                ::

                  response = client.get(
                      Params={
                          'string': 'string'
                      },
                      Source='string' or {'Bucket': 'string'}
                  )

                :type Params: dict
                :param Params: The value must match method.request.{location}
                , where
                  {location}
                 is querystring or path.

                  - *(string) --*

                    - *(string) --*

                :type Source: str or dict
                :param Source: The source.

                :rtype: dict
                :returns: None
                """));
        assertEquals(List.of(), r.lines());
        ServiceModel m = r.only();
        assertEquals(ShapeType.MAP, target(m, "GetRequest", "Params").type());
        assertEquals("String", member(m, "GetRequest", "Source").target().name());
    }

    @Test
    void operationNameFallsBackToTheMethodName() {
        Read r = read(method("put_item", """
                Puts.

                **Request Syntax**
                ::

                  response = client.put_item(
                      Key='string'
                  )

                :type Key: string
                :param Key: The key.

                :rtype: dict
                :returns: None
                """));
        assertEquals("PutItem", r.only().operations().get(0).name());
        assertEquals(List.of("demo/put_item.rst:3:1: warning: no 'See also: AWS API Documentation' link;"
                + " operation name 'PutItem' guessed from the method name [boto3.no-api-link]"), r.lines());
    }

    @Test
    void serviceIdFallsBackToTheDirectory() {
        Page p = new Page("lost/op.rst", "lost", ".. py:method:: Lost.Client.op(**kwargs)\n\n  Does.\n\n"
                + "  See also: `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/lost-2020-01-01/Op>`_\n\n"
                + "  :rtype: dict\n  :returns: None\n");
        ServiceModel m = read(p).only();
        assertEquals("lost", m.id());
        assertEquals("Lost", m.title());
        assertEquals(new ArrayList<>(List.of("Op")), m.operations().stream().map(Operation::name).toList());
    }

    /** Example text printed at column 0 inside a method does not end the client: later methods are read. */
    @Test
    void methodsAfterADedentedExampleAreRead() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("doc2java.root", ".."),
                "generator", "src", "test", "resources", "errors", "boto3", "dedented-example.rst");
        Read r = read(new Page("demo.rst", "", java.nio.file.Files.readString(file)));
        assertEquals(List.of("CreateThing", "DeleteThing"), r.only().operations().stream().map(Operation::name).toList());
        assertEquals(1, r.lines().stream().filter(l -> l.endsWith("[boto3.dedent]")).count(), r.lines().toString());
    }

    /** A method that takes **kwargs but whose page lost what makes it an operation is reported, not dropped silently. */
    @Test
    void anOperationWithoutLinkOrSyntaxIsReported() {
        Read r = read(method("list_things", "Lists things.\n\n:rtype: dict\n:returns: None\n"));
        assertTrue(r.services().isEmpty() || r.only().operations().isEmpty());
        assertEquals(List.of("demo/list_things.rst:3:1: warning: method 'list_things' takes **kwargs but shows neither an AWS API"
                + " Documentation link nor a Request Syntax; it is not read as an operation [boto3.method-unread]"), r.lines());
    }

    /** {@code [ ..., ]} and {@code [...]}: the elements' type comes from the description, else a document. */
    @Test
    void listElementsTheSyntaxBlockDoesNotShowComeFromTheDescription() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("doc2java.root", ".."),
                "generator", "src", "test", "resources", "errors", "boto3", "list-element-ellipsis.rst");
        Read r = read(new Page("demo/put_samples.rst", "demo", java.nio.file.Files.readString(file)));
        ServiceModel m = r.only();
        assertEquals(ShapeType.DOUBLE, m.require(((ListShape) target(m, "PutSamplesRequest", "weights")).member()).type());
        assertEquals(ShapeType.DOCUMENT, m.require(((ListShape) target(m, "PutSamplesRequest", "points")).member()).type());
        assertEquals(ShapeType.LONG, m.require(((ListShape) target(m, "PutSamplesResponse", "raw")).member()).type());
        StructureShape stored = (StructureShape) m.require(((ListShape) target(m, "PutSamplesResponse", "stored")).member());
        assertEquals(List.of("id", "at"), stored.members().stream().map(Member::name).toList());
        assertEquals(ShapeType.TIMESTAMP, target(m, stored.name(), "at").type());
        assertEquals(4, r.lines().stream().filter(l -> l.endsWith("[boto3.list-element-unknown]")).count(), r.lines().toString());
    }

    /** Every prefix of a page, and the page with any one line dropped, reads without an internal error. */
    @Test
    void brokenPagesGiveDiagnosticsNeverExceptions() {
        String page = method("create_thing", CREATE).text();
        String[] lines = page.split("\n", -1);
        for (int cut = 0; cut <= lines.length; cut++) {
            String prefix = String.join("\n", java.util.Arrays.copyOf(lines, cut));
            assertNoInternalError(prefix);
            List<String> dropped = new ArrayList<>(List.of(lines));
            if (cut < lines.length) {
                dropped.remove(cut);
                assertNoInternalError(String.join("\n", dropped));
            }
        }
        for (int at = 0; at < page.length(); at += 7) {
            assertNoInternalError(page.substring(0, at) + "{[('" + page.substring(at));
        }
    }

    private static void assertNoInternalError(String text) {
        Read r = read(new Page("demo/x.rst", "demo", text));
        for (String line : r.lines()) {
            assertFalse(line.contains("boto3.internal"), line + "\n--- page:\n" + text);
        }
    }
}
