package dev.doc2java.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.doc2java.runtime.Blob;
import dev.doc2java.runtime.Document;
import dev.doc2java.runtime.HttpParam;
import dev.doc2java.runtime.Json;
import dev.doc2java.runtime.ServiceException;
import dev.doc2java.runtime.StreamingBody;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles the generated code of the golden models, loads it and uses it: builders, immutability,
 * Jackson round trips with unknown properties failing, open enums, unions with unknown members,
 * blobs, exceptions, HTTP-bound members.
 */
class FunctionalTest {

    private static final String FEATURES = "dev.doc2java.golden.features.";
    private static final String HOSTILE = "dev.doc2java.golden.hostile.";

    private static InMemoryCompiler.Result compiled;
    private static ObjectMapper mapper;

    @BeforeAll
    static void compile() {
        List<com.palantir.javapoet.JavaFile> files = new ArrayList<>(GoldenFiles.emit("features"));
        files.addAll(GoldenFiles.emit("hostile"));
        compiled = InMemoryCompiler.compile(files);
        assertEquals(List.of(), compiled.problems());
        // Strict: a member the reader missed must fail here, not be dropped as a client would (see Json).
        mapper = Json.newStrictObjectMapper();
    }

    private static Class<?> type(String name) throws ClassNotFoundException {
        return compiled.load(name);
    }

    private static Object call(Object target, String method, Object... args) throws Exception {
        Class<?> c = target instanceof Class<?> k ? k : target.getClass();
        for (Method m : c.getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(target instanceof Class<?> ? null : target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof Exception ex) {
                        throw ex;
                    }
                    throw e;
                }
            }
        }
        throw new NoSuchMethodException(c.getName() + "." + method);
    }

    private static Object owner(String name) throws Exception {
        Object b = call(type(FEATURES + "Owner"), "builder");
        call(b, "name", name);
        call(b, "age", 30);
        return call(b, "build");
    }

    private static Object request() throws Exception {
        Object b = call(type(FEATURES + "AdoptPetRequest"), "builder");
        call(b, "petId", "p-1");
        call(b, "owner", owner("Ada"));
        call(b, "tags", Map.of("color", "black"));
        call(b, "notes", new ArrayList<>(List.of("friendly")));
        return call(b, "build");
    }

    @Test
    void buildersBuildAndCopy() throws Exception {
        Object request = request();
        assertEquals("p-1", call(request, "petId"));
        Object copy = call(call(request, "toBuilder"), "build");
        assertEquals(request, copy);
        Object changed = call(call(call(request, "toBuilder"), "petId", "p-2"), "build");
        assertNotEquals(request, changed);
        assertEquals("p-1", call(request, "petId"));
    }

    @Test
    void collectionsAreImmutableAndNeverNull() throws Exception {
        Object empty = call(call(type(FEATURES + "AdoptPetRequest"), "builder"), "build");
        assertEquals(List.of(), call(empty, "notes"));
        assertEquals(Map.of(), call(empty, "tags"));
        List<?> notes = (List<?>) call(request(), "notes");
        assertThrows(UnsupportedOperationException.class, () -> notes.remove(0));
        ArrayList<String> source = new ArrayList<>(List.of("a"));
        Object b = call(type(FEATURES + "AdoptPetRequest"), "builder");
        call(b, "notes", source);
        Object built = call(b, "build");
        source.add("b");
        assertEquals(List.of("a"), call(built, "notes"));
    }

    @Test
    void jacksonRoundTripUsesWireNames() throws Exception {
        Object request = request();
        String json = mapper.writeValueAsString(request);
        JsonNode tree = mapper.readTree(json);
        assertEquals("p-1", tree.get("petId").asText());
        assertEquals("Ada", tree.get("owner").get("name").asText());
        assertFalse(tree.has("payment"), "null members are left out: " + json);
        assertEquals(request, mapper.readValue(json, type(FEATURES + "AdoptPetRequest")));
    }

    @Test
    void unsetCollectionsAreLeftOutButEmptyOnesAreSent() throws Exception {
        Class<?> type = type(FEATURES + "AdoptPetRequest");
        Object unset = call(call(call(type, "builder"), "petId", "p"), "build");
        assertEquals("{\"petId\":\"p\"}", mapper.writeValueAsString(unset));
        assertFalse(dev.doc2java.runtime.AutoConstruct.isSet(call(unset, "notes")));
        Object b = call(call(type, "builder"), "petId", "p");
        call(b, "notes", List.of());
        call(b, "tags", Map.of());
        Object cleared = call(b, "build");
        String json = mapper.writeValueAsString(cleared);
        assertEquals("{\"petId\":\"p\",\"tags\":{},\"notes\":[]}", json);
        Object read = mapper.readValue(json, type);
        assertTrue(dev.doc2java.runtime.AutoConstruct.isSet(call(read, "notes")));
        assertEquals(json, mapper.writeValueAsString(read));
        Object copied = call(call(unset, "toBuilder"), "build");
        assertEquals("{\"petId\":\"p\"}", mapper.writeValueAsString(copied));
        assertEquals("{\"petId\":\"p\"}", mapper.writeValueAsString(mapper.readValue("{\"petId\":\"p\"}", type)));
    }

    @Test
    void requiredNullableMembersAreSentAsNull() throws Exception {
        Object owner = call(call(call(type(FEATURES + "Owner"), "builder"), "name", "Ada"), "build");
        assertEquals("{\"name\":\"Ada\",\"vet\":null}", mapper.writeValueAsString(owner));
    }

    @Test
    void unknownPropertiesFail() {
        assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"petId\":\"x\",\"bogus\":1}", type(FEATURES + "AdoptPetRequest")));
    }

    @Test
    void openEnumKeepsUnknownValues() throws Exception {
        Class<?> kind = type(FEATURES + "PetKind");
        Object dog = kind.getField("DOG").get(null);
        assertSame(dog, call(kind, "of", "dog"));
        assertEquals(Boolean.TRUE, call(dog, "isKnown"));
        Object hamster = call(kind, "of", "hamster");
        assertEquals(Boolean.FALSE, call(hamster, "isKnown"));
        assertEquals("hamster", call(hamster, "value"));
        assertEquals(hamster, call(kind, "of", "hamster"));
        assertEquals(4, ((List<?>) call(kind, "knownValues")).size());
        assertNotNull(kind.getField("VALUE_2_HEADED_SNAKE"));

        Object pet = mapper.readValue("{\"id\":\"p\",\"kind\":\"hamster\",\"size\":7}", type(FEATURES + "Pet"));
        assertEquals("hamster", call(call(pet, "kind"), "value"));
        assertEquals(7, call(call(pet, "size"), "value"));
        assertEquals(Boolean.FALSE, call(call(pet, "size"), "isKnown"));
        assertEquals("{\"id\":\"p\",\"kind\":\"hamster\",\"size\":7}", mapper.writeValueAsString(pet));
    }

    @Test
    void integerEnumHasConstants() throws Exception {
        Class<?> size = type(FEATURES + "PetSize");
        Object two = size.getField("VALUE_2").get(null);
        assertSame(two, call(size, "of", 2));
        assertEquals("2", two.toString());
        assertSame(two, mapper.readValue("2", size));
    }

    /** Java 17 dispatch over a union: {@code accept} calls the one visitor method of the variant, unknown included. */
    @Test
    void unionVisitorDispatchesEveryVariantAndUnknown() throws Exception {
        Class<?> payment = type(FEATURES + "Payment");
        Class<?> visitor = type(FEATURES + "Payment$Visitor");
        List<String> methods = java.util.Arrays.stream(visitor.getDeclaredMethods()).map(Method::getName).sorted().toList();
        assertEquals(List.of("visitCard", "visitCash", "visitCheck", "visitUnknown", "visitVoucherCodes"), methods,
                "one method per member, and one for an unknown member");
        Object recorder = java.lang.reflect.Proxy.newProxyInstance(visitor.getClassLoader(), new Class<?>[] {visitor},
                (proxy, method, args) -> method.getName() + ":" + args[0]);
        Method accept = payment.getMethod("accept", visitor);
        assertEquals("visitCard:4111", accept.invoke(mapper.readValue("{\"card\":\"4111\"}", payment), recorder));
        assertEquals("visitCash:250", accept.invoke(mapper.readValue("{\"cash\":250}", payment), recorder));
        assertEquals("visitCheck:7", accept.invoke(mapper.readValue("{\"check\":\"7\"}", payment), recorder));
        assertEquals("visitVoucherCodes:[a]", accept.invoke(mapper.readValue("{\"voucherCodes\":[\"a\"]}", payment),
                recorder));
        Object unknown = mapper.readValue("{\"crypto\":1}", payment);
        assertEquals("visitUnknown:" + unknown, accept.invoke(unknown, recorder));
    }

    /** The dispatch is exhaustive at compile time: a visitor that forgets a member does not compile. */
    @Test
    void aVisitorMissingAMemberDoesNotCompile() {
        com.palantir.javapoet.ClassName payment = com.palantir.javapoet.ClassName.get(
                FEATURES.substring(0, FEATURES.length() - 1), "Payment");
        com.palantir.javapoet.TypeName string = com.palantir.javapoet.ClassName.get(String.class);
        List<com.palantir.javapoet.MethodSpec> all = new ArrayList<>();
        for (String[] m : new String[][] {{"visitCard", "String"}, {"visitVoucherCodes", "List"},
                {"visitCash", "Long"}, {"visitCheck", "String"}, {"visitUnknown", "Unknown"}}) {
            com.palantir.javapoet.TypeName param = switch (m[1]) {
                case "List" -> com.palantir.javapoet.ParameterizedTypeName.get(List.class, String.class);
                case "Long" -> com.palantir.javapoet.ClassName.get(Long.class);
                case "Unknown" -> payment.nestedClass("Unknown");
                default -> string;
            };
            all.add(com.palantir.javapoet.MethodSpec.methodBuilder(m[0]).addAnnotation(Override.class)
                    .addModifiers(javax.lang.model.element.Modifier.PUBLIC).returns(string)
                    .addParameter(param, "value").addStatement("return $S", m[0]).build());
        }
        com.palantir.javapoet.TypeName visitor = com.palantir.javapoet.ParameterizedTypeName.get(
                payment.nestedClass("Visitor"), string);
        List<com.palantir.javapoet.JavaFile> complete = new ArrayList<>(GoldenFiles.emit("features"));
        complete.add(com.palantir.javapoet.JavaFile.builder("user", com.palantir.javapoet.TypeSpec.classBuilder("Names")
                .addSuperinterface(visitor).addMethods(all).build()).build());
        assertEquals(List.of(), InMemoryCompiler.check(complete).problems());
        List<com.palantir.javapoet.JavaFile> missing = new ArrayList<>(GoldenFiles.emit("features"));
        missing.add(com.palantir.javapoet.JavaFile.builder("user", com.palantir.javapoet.TypeSpec.classBuilder("Names")
                .addSuperinterface(visitor).addMethods(all.subList(0, 4)).build()).build());
        List<String> problems = InMemoryCompiler.check(missing).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("visitUnknown"), problems.get(0));
    }

    @Test
    void unionReadsKnownAndKeepsUnknownMembers() throws Exception {
        Class<?> payment = type(FEATURES + "Payment");
        Object card = mapper.readValue("{\"card\":\"4111\"}", payment);
        assertEquals(FEATURES + "Payment$CardMember", card.getClass().getName());
        assertEquals("4111", call(card, "value"));
        assertEquals("{\"card\":\"4111\"}", mapper.writeValueAsString(card));

        Object vouchers = mapper.readValue("{\"voucherCodes\":[\"a\",\"b\"]}", payment);
        assertEquals(List.of("a", "b"), call(vouchers, "value"));

        String future = "{\"crypto\":{\"coin\":\"btc\",\"amount\":1.5}}";
        Object unknown = mapper.readValue(future, payment);
        assertEquals(FEATURES + "Payment$Unknown", unknown.getClass().getName());
        assertEquals("crypto", call(unknown, "key"));
        assertTrue(call(unknown, "value") instanceof Document.MapValue);
        assertEquals(mapper.readTree(future), mapper.readTree(mapper.writeValueAsString(unknown)));

        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"card\":\"1\",\"cash\":2}", payment));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"card\":\"1\",\"x\":2}", payment));

        assertEquals(card, call(payment, "card", "4111"));

        Object request = mapper.readValue("{\"payment\":{\"cash\":250}}", type(FEATURES + "AdoptPetRequest"));
        assertEquals(250L, call(call(request, "payment"), "value"));
        assertEquals("{\"payment\":{\"cash\":250}}", mapper.writeValueAsString(request));
    }

    @Test
    void eventStreamEventsAreASealedUnion() throws Exception {
        Class<?> events = type(FEATURES + "PetEvents");
        assertTrue(events.isSealed());
        Object arrived = mapper.readValue("{\"arrived\":{\"name\":\"Rex\"}}", events);
        assertEquals("Rex", call(call(arrived, "value"), "name"));
        Object error = mapper.readValue("{\"error\":{\"Message\":\"bad event\"}}", events);
        assertEquals("bad event", ((ServiceException) call(error, "value")).getMessage());
    }

    @Test
    void blobsHaveValueEqualityAndTimestampsRoundTrip() throws Exception {
        Class<?> response = type(FEATURES + "AdoptPetResponse");
        Object b = call(response, "builder");
        call(b, "certificate", Blob.of(new byte[] {1, 2, 3}));
        call(b, "adoptedAt", Instant.parse("2024-05-01T10:00:00Z"));
        Object one = call(b, "build");
        Object b2 = call(response, "builder");
        call(b2, "certificate", Blob.of(new byte[] {1, 2, 3}));
        call(b2, "adoptedAt", Instant.parse("2024-05-01T10:00:00Z"));
        assertEquals(one, call(b2, "build"));
        String json = mapper.writeValueAsString(one);
        assertEquals("{\"adoptedAt\":\"2024-05-01T10:00:00Z\",\"certificate\":\"AQID\"}", json);
        assertEquals(one, mapper.readValue(json, response));
        Object fromEpoch = mapper.readValue("{\"adoptedAt\":1714557600}", response);
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), call(fromEpoch, "adoptedAt"));
    }

    @Test
    void documentsAreAnyJson() throws Exception {
        Object request = mapper.readValue("{\"extra\":{\"a\":[1,true,null,\"x\"]}}", type(FEATURES + "AdoptPetRequest"));
        assertTrue(call(request, "extra") instanceof Document.MapValue);
        assertEquals("{\"extra\":{\"a\":[1,true,null,\"x\"]}}", mapper.writeValueAsString(request));
    }

    @Test
    void streamingPayloadsStayOutOfJson() throws Exception {
        Class<?> response = type(FEATURES + "DownloadPhotoResponse");
        Object b = call(response, "builder");
        call(b, "contentType", "image/png");
        call(b, "body", StreamingBody.fromUtf8("png"));
        Object built = call(b, "build");
        assertEquals("{\"contentType\":\"image/png\"}", mapper.writeValueAsString(built));
        RecordComponent body = response.getRecordComponents()[1];
        assertEquals(HttpParam.In.PAYLOAD, body.getAnnotation(HttpParam.class).in());
    }

    @Test
    void httpBoundMembersAreNotInTheBody() throws Exception {
        Class<?> request = type(HOSTILE + "CreateListenerRequest");
        Object b = call(request, "builder");
        call(b, "listenerId", "L1");
        call(b, "limit", 10);
        call(b, "xLanguage", "en-us");
        call(b, "class_", "gold");
        call(b, "osExtStsVmState", "active");
        Object built = call(b, "build");
        assertEquals("{\"class\":\"gold\",\"OS-EXT-STS:vm_state\":\"active\"}", mapper.writeValueAsString(built));
        String odd = "{\"class\":\"c\",\"default\":\"a-b\",\"OS-EXT-STS:vm_state\":\"s\",\"1st_item\":\"i\","
                + "\"a-b\":\"dash\",\"a_b\":\"underscore\",\"choice\":{\"Deserializer\":\"class\"}}";
        Object oddRead = mapper.readValue(odd, request);
        assertEquals("dash", call(oddRead, "aB"));
        assertEquals("underscore", call(oddRead, "aB_"));
        assertEquals(mapper.readTree(odd), mapper.readTree(mapper.writeValueAsString(oddRead)));
        Object read = mapper.readValue("{\"class\":\"gold\"}", request);
        assertNull(call(read, "listenerId"));
        HttpParam path = request.getRecordComponents()[1].getAnnotation(HttpParam.class);
        assertEquals(HttpParam.In.PATH, path.in());
        assertEquals("listener_id", path.name());
        for (RecordComponent c : request.getRecordComponents()) {
            assertNotEquals("xAuthToken", c.getName(), "authentication members are the transport's");
        }
    }

    @Test
    void recordsWithoutBodyMembersAreEmptyObjects() throws Exception {
        Class<?> request = type(HOSTILE + "DefaultRequest");
        Object b = call(request, "builder");
        call(b, "defaultId", "d1");
        assertEquals("{}", mapper.writeValueAsString(call(b, "build")));
        Class<?> empty = type(HOSTILE + "Empty");
        Object none = mapper.readValue("{}", empty);
        assertEquals("{}", mapper.writeValueAsString(none));
        assertEquals(none, call(call(empty, "builder"), "build"));
        assertThrows(UnrecognizedPropertyException.class, () -> mapper.readValue("{\"x\":1}", empty));
    }

    @Test
    void exceptionsCarryCodeMessageAndMembers() throws Exception {
        Class<?> type = type(FEATURES + "PetNotFoundException");
        Object e = type.getConstructor(String.class, String.class).newInstance("no such pet", "p-9");
        assertTrue(e instanceof ServiceException);
        assertEquals("no such pet", ((ServiceException) e).getMessage());
        assertEquals("PetNotFoundException", ((ServiceException) e).errorCode());
        assertEquals("p-9", call(e, "petId"));

        Object read = mapper.readValue("{\"__type\":\"PetNotFoundException\",\"message\":\"gone\",\"petId\":\"p-1\"}", type);
        assertEquals("gone", ((ServiceException) read).getMessage());
        assertEquals("p-1", call(read, "petId"));
        Object validation = mapper.readValue("{\"Message\":\"bad\",\"fields\":[\"a\"]}",
                type(FEATURES + "ValidationException"));
        assertEquals("bad", ((ServiceException) validation).getMessage());
        assertEquals(List.of("a"), call(validation, "fields"));
    }

    @Test
    void clientInterfaceHasOneMethodPerOperation() throws Exception {
        Class<?> client = type(FEATURES + "PetStoreClient");
        assertTrue(client.isInterface());
        Method adopt = client.getMethod("adoptPet", type(FEATURES + "AdoptPetRequest"));
        assertEquals(type(FEATURES + "AdoptPetResponse"), adopt.getReturnType());
        assertEquals(void.class, client.getMethod("ping").getReturnType());
        assertNotNull(client.getMethod("listPets").getAnnotation(Deprecated.class));
        assertEquals(dev.doc2java.runtime.EventStream.class,
                type(FEATURES + "WatchPetsResponse").getRecordComponents()[0].getType());
        assertArrayEquals(new Class<?>[] {type(FEATURES + "PetNotFoundException"), type(FEATURES + "ValidationException")},
                adopt.getExceptionTypes());
    }
}
