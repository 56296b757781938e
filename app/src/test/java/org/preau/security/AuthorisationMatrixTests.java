package org.preau.security;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.security.Access.everyoneSignedIn;
import static org.preau.security.Access.only;
import static org.preau.security.Access.pupil;
import static org.preau.security.Caller.CPE;
import static org.preau.security.Caller.DIRECTION;
import static org.preau.security.Caller.ELEVE;
import static org.preau.security.Caller.PARENT;
import static org.preau.security.Caller.PARENT2;
import static org.preau.security.Caller.PROFESSEUR;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.preau.platform.Member;
import org.preau.platform.TenantContext;
import org.preau.school.PupilAccess;
import org.preau.school.PupilId;
import org.preau.school.PupilSummary;
import org.preau.school.SchoolDirectory;
import org.preau.security.Access.Relationship;
import org.preau.support.DemoMembers;
import org.preau.support.OwnerDatabase;
import org.preau.support.PreauTest;
import org.preau.support.UserAgent;
import org.preau.support.UserAgent.FilePart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorisation matrix: every endpoint that {@code /v3/api-docs} lists under {@code /api}, called by every
 * demo role (and anonymously) about a pupil they are related to and one they are not, against the explicit
 * table below. An endpoint missing from the table fails the test, so no new endpoint escapes it: add yours with
 * who may call it (and, if its path has variables other than the pupil's, how to fill them with real ids).
 */
@PreauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTests {

    private static final Set<Caller> EVERY_PUPIL_READER = Set.of(DIRECTION, CPE, PROFESSEUR, PARENT, ELEVE, PARENT2);

    /** "METHOD path" as api-docs spells it → who may call it. */
    static final Map<String, Endpoint> ENDPOINTS = Map.ofEntries(
            // identity, audit
            entry("GET /api/v1/me", Endpoint.of(everyoneSignedIn())),
            entry("GET /api/v1/audit", Endpoint.of(only(DIRECTION))),
            // school
            entry("GET /api/v1/students", Endpoint.of(everyoneSignedIn())),
            entry("GET /api/v1/students/{id}", Endpoint.of(pupil(DIRECTION, CPE, PROFESSEUR, PARENT, ELEVE, PARENT2))),
            // timetable
            entry("GET /api/v1/students/{id}/timetable",
                    Endpoint.of(pupil(DIRECTION, CPE, PROFESSEUR, PARENT, ELEVE, PARENT2))),
            entry("GET /api/v1/me/calendar-feeds", Endpoint.of(everyoneSignedIn())),
            // An empty body: allowed callers get 400 (nothing recorded), the others must be refused before that.
            entry("POST /api/v1/teacher-absences", Endpoint.of(only(DIRECTION, CPE).changingData()).body("{}")),
            // grades, report cards
            entry("GET /api/v1/periods", Endpoint.of(everyoneSignedIn())),
            entry("GET /api/v1/students/{id}/grades",
                    Endpoint.of(pupil(DIRECTION, CPE, PROFESSEUR, PARENT, ELEVE, PARENT2))),
            entry("GET /api/v1/students/{id}/report-cards/{periodId}",
                    Endpoint.of(pupil(DIRECTION, CPE, PROFESSEUR, PARENT, ELEVE, PARENT2))
                            .with("periodId", Variable.FIRST_PERIOD)),
            // attendance: a family justifies (with an unknown motif: allowed callers get 400, nothing changes)
            entry("GET /api/v1/students/{id}/absences",
                    Endpoint.of(pupil(DIRECTION, CPE, PROFESSEUR, PARENT, ELEVE, PARENT2))),
            entry("GET /api/v1/students/{id}/absences/motifs", Endpoint.of(pupil(PARENT, PARENT2))),
            entry("POST /api/v1/students/{id}/absences/{absenceId}/justification",
                    Endpoint.of(pupil(PARENT, PARENT2).changingData()).with("absenceId", Variable.ABSENCE_OF_PUPIL)
                            .multipart(Map.of("motifId", UUID.randomUUID().toString()), null)),
            // attendance: the roll call of a lesson the demo professeur teaches to the demo pupil's division
            entry("GET /api/v1/roll-calls/{lessonId}",
                    Endpoint.of(only(PROFESSEUR)).with("lessonId", Variable.PROFESSEURS_LESSON)),
            entry("PUT /api/v1/roll-calls/{lessonId}/marks/{pupilId}",
                    Endpoint.of(pupil(PROFESSEUR).changingData()).with("lessonId", Variable.PROFESSEURS_LESSON)
                            .body("{\"status\":\"PRESENT\"}")),
            entry("POST /api/v1/roll-calls/{lessonId}/completion",
                    Endpoint.of(only(PROFESSEUR).changingData()).with("lessonId", Variable.PROFESSEURS_LESSON)),
            // homework: only the pupil hands in (a file type refused: the allowed pupil gets 415, nothing stored)
            entry("GET /api/v1/students/{id}/homework",
                    Endpoint.of(pupil(DIRECTION, CPE, PROFESSEUR, PARENT, ELEVE, PARENT2))),
            entry("POST /api/v1/students/{id}/homework/{homeworkId}/submissions",
                    Endpoint.of(pupil(ELEVE).changingData()).with("homeworkId", Variable.HAND_IN_OF_PUPIL)
                            .multipart(Map.of(), "devoir.exe")));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SchoolDirectory directory;
    @Autowired
    PupilAccess pupils;
    @Autowired
    Environment env;

    final Map<Caller, UserAgent> agents = new EnumMap<>(Caller.class);
    final Map<Caller, Map<Relationship, UUID>> pupilOf = new EnumMap<>(Caller.class);
    List<PupilSummary> wholeSchool;
    DemoData demoData;

    @BeforeAll
    void signInEveryCallerAndChooseTheirPupils() {
        DemoMembers demo = new DemoMembers(jdbc, directory);
        for (Caller caller : Caller.values()) {
            agents.put(caller, caller.username == null ? UserAgent.anonymous(port)
                    : UserAgent.signedIn(port, caller.username));
        }
        // With a valid CSRF token, so that what answers an anonymous write is authentication, not CSRF.
        agents.get(Caller.ANONYMOUS).get("/login");
        Member direction = demo.member(DIRECTION.username);
        wholeSchool = TenantContext.callAs(direction.school(), () -> pupils.visiblePupils(direction, 0, 5000));
        UUID eleve = demo.member(ELEVE.username).pupilId();
        demoData = DemoData.of(OwnerDatabase.jdbc(env), direction.school().value(),
                demo.member(PROFESSEUR.username).staffId(), eleve);
        UUID parent2Child = childrenOf(demo.member(PARENT2.username)).getFirst().id().value();
        Member professeur = demo.member(PROFESSEUR.username);
        UUID untaught = wholeSchool.stream().map(p -> p.id().value())
                .filter(id -> !TenantContext.callAs(professeur.school(), () -> pupils.canSee(professeur, new PupilId(id))))
                .findFirst().orElseThrow();
        pupilOf.put(Caller.ANONYMOUS, Map.of(Relationship.RELATED, eleve, Relationship.UNRELATED, parent2Child));
        pupilOf.put(DIRECTION, Map.of(Relationship.RELATED, eleve, Relationship.UNRELATED, parent2Child));
        pupilOf.put(CPE, Map.of(Relationship.RELATED, eleve, Relationship.UNRELATED, parent2Child));
        pupilOf.put(PROFESSEUR, Map.of(Relationship.RELATED, eleve, Relationship.UNRELATED, untaught));
        pupilOf.put(PARENT, Map.of(Relationship.RELATED, eleve, Relationship.UNRELATED, parent2Child));
        pupilOf.put(ELEVE, Map.of(Relationship.RELATED, eleve, Relationship.UNRELATED, parent2Child));
        pupilOf.put(PARENT2, Map.of(Relationship.RELATED, parent2Child, Relationship.UNRELATED, eleve));
        for (Caller caller : EVERY_PUPIL_READER) {
            Member member = demo.member(caller.username);
            for (Relationship relationship : Relationship.values()) {
                UUID target = pupilOf.get(caller).get(relationship);
                boolean related = relationship == Relationship.RELATED || caller.seesWholeSchool;
                assertThat(TenantContext.callAs(member.school(), () -> pupils.canSee(member, new PupilId(target))))
                        .as("demo data: %s %s pupil", caller, relationship).isEqualTo(related);
            }
        }
    }

    private List<PupilSummary> childrenOf(Member parent) {
        return TenantContext.callAs(parent.school(), () -> pupils.childrenOf(parent));
    }

    private Set<String> documentedEndpoints() {
        HttpResponse<String> docs = UserAgent.anonymous(port).get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        Set<String> endpoints = new TreeSet<>();
        JsonNode paths = JSON.readTree(docs.body()).get("paths");
        for (String path : paths.propertyNames()) {
            if (!path.startsWith("/api/")) {
                continue;
            }
            for (String method : paths.get(path).propertyNames()) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    endpoints.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyApiEndpointIsInTheTable() {
        Set<String> documented = documentedEndpoints();
        assertThat(documented).as("endpoints of /v3/api-docs under /api").isNotEmpty();
        assertThat(new TreeSet<>(ENDPOINTS.keySet())).as("the table must list exactly the documented endpoints; "
                + "add the missing ones to AuthorisationMatrixTests.ENDPOINTS").isEqualTo(documented);
    }

    @Test
    void everyRoleIsAllowedOrDeniedExactlyAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String key : documentedEndpoints()) {
            Endpoint endpoint = ENDPOINTS.get(key);
            if (endpoint == null) {
                continue; // reported by everyApiEndpointIsInTheTable
            }
            String method = key.substring(0, key.indexOf(' '));
            String template = key.substring(key.indexOf(' ') + 1);
            for (Caller caller : Caller.values()) {
                for (Relationship relationship : endpoint.access().pupilScoped() ? Relationship.values()
                        : new Relationship[] {Relationship.RELATED}) {
                    UUID target = pupilOf.get(caller).get(relationship);
                    String path = fill(template, endpoint, target);
                    int status = call(agents.get(caller), method, path, endpoint).statusCode();
                    calls++;
                    String expected = expectation(caller, endpoint.access().allows(caller, relationship));
                    if (!meets(status, caller, endpoint.access().allows(caller, relationship))) {
                        wrong.add(caller + " " + relationship + " " + method + " " + path + ": got " + status
                                + ", expected " + expected);
                    }
                }
            }
        }
        assertThat(calls).isGreaterThanOrEqualTo(ENDPOINTS.size() * Caller.values().length);
        assertThat(wrong).as("calls that break the authorisation table").isEmpty();
    }

    @Test
    void aParentListsExactlyTheirChildren() {
        for (Caller parent : List.of(PARENT, PARENT2)) {
            Member member = new DemoMembers(jdbc, directory).member(parent.username);
            Set<String> children = new TreeSet<>(childrenOf(member).stream().map(c -> c.id().value().toString()).toList());
            HttpResponse<String> listed = agents.get(parent).get("/api/v1/students?size=200");
            assertThat(listed.statusCode()).isEqualTo(200);
            Set<String> ids = new TreeSet<>(JSON.readTree(listed.body()).get("content").valueStream()
                    .map(pupil -> pupil.get("id").asString()).toList());
            assertThat(children).isNotEmpty();
            assertThat(ids).as(parent + "'s list").isEqualTo(children);
        }
    }

    @Test
    void noParentReadsAnotherFamilysChildThroughAnyPupilEndpoint() {
        Member parent = new DemoMembers(jdbc, directory).member(PARENT.username);
        Set<UUID> ownChildren = new java.util.HashSet<>(childrenOf(parent).stream().map(c -> c.id().value()).toList());
        List<UUID> others = wholeSchool.stream().map(p -> p.id().value()).filter(id -> !ownChildren.contains(id))
                .limit(40).toList();
        assertThat(others).hasSize(40);
        int attempts = 0;
        List<String> leaks = new ArrayList<>();
        for (var endpoint : ENDPOINTS.entrySet()) {
            if (!endpoint.getValue().access().pupilScoped() || !endpoint.getKey().startsWith("GET ")) {
                continue;
            }
            String template = endpoint.getKey().substring(4);
            for (UUID other : others) {
                String path = fill(template, endpoint.getValue(), other);
                int status = agents.get(PARENT).get(path).statusCode();
                attempts++;
                if (status != 403 && status != 404) {
                    leaks.add("GET " + path + ": " + status);
                }
            }
        }
        assertThat(attempts).isGreaterThanOrEqualTo(40);
        assertThat(leaks).as("reads of another family's child").isEmpty();
    }

    private String fill(String template, Endpoint endpoint, UUID pupil) {
        Matcher variables = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            String value;
            if (endpoint.access().pupilScoped() && name.equals(endpoint.pupilVariable(template))) {
                value = pupil.toString();
            } else if (endpoint.variables().containsKey(name)) {
                value = endpoint.variables().get(name).value(demoData, pupil);
            } else {
                throw new AssertionError("No value for {" + name + "} in " + template
                        + ": give the endpoint a variable filler in AuthorisationMatrixTests.ENDPOINTS");
            }
            variables.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variables.appendTail(path);
        return path.toString();
    }

    private static HttpResponse<String> call(UserAgent agent, String method, String path, Endpoint endpoint) {
        if (method.equals("GET")) {
            return agent.get(path);
        }
        if (endpoint.multipart() != null) {
            String fileName = endpoint.multipart().fileName();
            return agent.postMultipart(path, endpoint.multipart().fields(), fileName == null ? null
                    : FilePart.of("file", fileName, "application/x-msdownload", "contenu de test"));
        }
        return agent.sendJson(method, path, endpoint.jsonBody() == null ? "{}" : endpoint.jsonBody());
    }

    private static boolean meets(int status, Caller caller, boolean allowed) {
        if (caller == Caller.ANONYMOUS) {
            return status == 401;
        }
        if (!allowed) {
            return status == 403 || status == 404;
        }
        // Allowed means the call got through: done, or refused for what it asked (bad input, conflict).
        return status < 300 || status == 400 || status == 409 || status == 413 || status == 415 || status == 422;
    }

    private static String expectation(Caller caller, boolean allowed) {
        return caller == Caller.ANONYMOUS ? "401" : allowed ? "allowed (2xx, 400, 409, 413, 415 or 422)" : "403 or 404";
    }

    /**
     * How to fill a path variable that is not the pupil's id, from real data of the demo school.
     * {@code demo} reads as the database owner, so give the school explicitly.
     */
    @FunctionalInterface
    interface Variable {
        String value(DemoData demo, UUID pupil);

        /** The demo school's first period of the year. */
        Variable FIRST_PERIOD = (demo, pupil) -> demo.owner().sql(
                        "select id from periods where school_id = ? order by starts_on limit 1")
                .param(demo.school()).query(UUID.class).single().toString();

        /** An absence of the pupil (one is recorded if they have none yet). */
        Variable ABSENCE_OF_PUPIL = (demo, pupil) -> demo.owner().sql(
                        "select id from absences where school_id = ? and pupil_id = ? order by starts_at limit 1")
                .params(demo.school(), pupil).query(UUID.class).optional()
                .orElseGet(() -> {
                    UUID id = org.preau.platform.Ids.newId();
                    demo.owner().sql("""
                                    insert into absences (school_id, id, pupil_id, kind, starts_at, ends_at, recorded_by,
                                                          recorded_at)
                                    values (?, ?, ?, 'ABSENCE', now() - interval '2 days',
                                            now() - interval '2 days' + interval '1 hour', ?, now())""")
                            .params(demo.school(), id, pupil, demo.school()).update();
                    return id;
                }).toString();

        /**
         * A lesson of the demo professeur with the demo pupil's division, opened for roll call (the timetable does
         * not feed roll calls yet, so it is written as the roll-call page would open it).
         */
        Variable PROFESSEURS_LESSON = (demo, pupil) -> demo.professeursLesson().toString();

        /** A homework with a hand-in, given to the pupil's division or one of their groups. */
        Variable HAND_IN_OF_PUPIL = (demo, pupil) -> demo.owner().sql("""
                        select h.id from homework h
                        join homework_lesson_entries e on e.school_id = h.school_id and e.id = h.lesson_entry_id
                        join pupils p on p.school_id = e.school_id and p.id = ?
                        where h.school_id = ? and h.hand_in_required
                          and (e.division_id = p.division_id or e.group_id in (
                               select gm.group_id from group_members gm
                               where gm.school_id = p.school_id and gm.pupil_id = p.id))
                        order by h.due_on desc, h.id limit 1""")
                .params(pupil, demo.school()).query(UUID.class).optional()
                .orElseGet(() -> handInGivenToTheDivisionOf(demo, pupil)).toString();
    }

    /** Gives the pupil's division a homework to hand in, on its latest cahier de textes entry. */
    private static UUID handInGivenToTheDivisionOf(DemoData demo, UUID pupil) {
        UUID id = org.preau.platform.Ids.newId();
        demo.owner().sql("""
                        insert into homework (school_id, id, lesson_entry_id, given_on, due_on, description,
                                              estimated_minutes, hand_in_required, hand_in_deadline)
                        select e.school_id, ?, e.id, current_date, current_date + 7,
                               'Rendre le devoir (matrice d''autorisations)', 30, true, now() + interval '7 days'
                        from homework_lesson_entries e
                        join pupils p on p.school_id = e.school_id and p.division_id = e.division_id
                        where e.school_id = ? and p.id = ?
                        order by e.id desc limit 1""")
                .params(id, demo.school(), pupil).update();
        return id;
    }

    /** Real data to fill path variables from: the database as owner, and the demo school's id. */
    record DemoData(JdbcClient owner, UUID school, UUID professeursLesson) {

        static DemoData of(JdbcClient owner, UUID school, UUID professeur, UUID eleve) {
            UUID lesson = org.preau.platform.Ids.newId();
            owner.sql("""
                            insert into roll_calls (school_id, lesson_id, starts_at, ends_at, division_id, teacher_ids, label)
                            select p.school_id, ?, now() - interval '10 minutes', now() + interval '45 minutes',
                                   p.division_id, array[?::uuid], 'Mathématiques (matrice d''autorisations)'
                            from pupils p where p.school_id = ? and p.id = ?""")
                    .params(lesson, professeur, school, eleve).update();
            return new DemoData(owner, school, lesson);
        }
    }

    /**
     * One row of the table.
     *
     * @param variables values for path variables other than the pupil's
     * @param jsonBody  the body sent with POST/PUT/PATCH/DELETE ({@code {}} when null)
     */
    record Endpoint(Access access, Map<String, Variable> variables, @Nullable String jsonBody,
                    @Nullable Multipart multipart) {

        static Endpoint of(Access access) {
            return new Endpoint(access, Map.of(), null, null);
        }

        Endpoint with(String variable, Variable value) {
            Map<String, Variable> all = new java.util.HashMap<>(variables);
            all.put(variable, value);
            return new Endpoint(access, Map.copyOf(all), jsonBody, multipart);
        }

        Endpoint body(String json) {
            return new Endpoint(access, variables, json, multipart);
        }

        /** Sent as multipart/form-data with these fields and, if {@code fileName} is given, a small file. */
        Endpoint multipart(Map<String, String> fields, @Nullable String fileName) {
            return new Endpoint(access, variables, jsonBody, new Multipart(fields, fileName));
        }

        /** The pupil's variable: {@code {pupilId}} or {@code {studentId}} if present, else {@code {id}}. */
        String pupilVariable(String template) {
            for (String name : List.of("pupilId", "studentId", "id")) {
                if (template.contains("{" + name + "}")) {
                    return name;
                }
            }
            throw new AssertionError(template + " is marked as about a pupil but names no pupil variable");
        }
    }

    /** A multipart body: text fields and an optional small file. */
    record Multipart(Map<String, String> fields, @Nullable String fileName) {
    }
}
